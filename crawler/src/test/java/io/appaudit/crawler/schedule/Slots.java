package io.appaudit.crawler.schedule;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

/** Cron expressions that fire at given moments of the next minute or so, and never again. */
final class Slots {

    private Slots() {
    }

    /**
     * Firing times {@code offsets} from now (whole seconds, in this JVM's zone), all within one minute: when the
     * minute would not hold them, this first sleeps into the next one.
     */
    static List<ZonedDateTime> ahead(Duration... offsets) throws InterruptedException {
        ZonedDateTime now = ZonedDateTime.now(ZoneId.systemDefault());
        Duration last = offsets[offsets.length - 1];
        if (now.getSecond() + last.toSeconds() + 1 > 59) {
            Thread.sleep(Duration.between(now, now.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1)).toMillis() + 50);
            now = ZonedDateTime.now(ZoneId.systemDefault());
        }
        ZonedDateTime base = now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        return java.util.Arrays.stream(offsets).map(base::plus).toList();
    }

    /** A Quartz cron firing at exactly these times (same minute), in the year they fall in. */
    static String cron(List<ZonedDateTime> times) {
        ZonedDateTime t = times.get(0);
        String seconds = times.stream().map(z -> Integer.toString(z.getSecond())).collect(Collectors.joining(","));
        return seconds + " " + t.getMinute() + " " + t.getHour() + " " + t.getDayOfMonth() + " " + t.getMonthValue()
                + " ? " + t.getYear();
    }
}
