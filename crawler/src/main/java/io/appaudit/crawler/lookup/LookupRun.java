package io.appaudit.crawler.lookup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Looks up each requested app in a session: packages directly, names resolved first and only used when sure. */
public final class LookupRun {

    private final LookupSession session;

    public LookupRun(LookupSession session) {
        this.session = session;
    }

    public List<LookupEntry> run(List<LookupRequest> requests) {
        List<LookupEntry> out = new ArrayList<>();
        for (LookupRequest r : requests) {
            out.add(one(r));
        }
        session.flush();
        return out;
    }

    LookupEntry one(LookupRequest r) {
        if (r.packageName().isPresent()) {
            String p = r.packageName().get();
            return new LookupEntry(r.asked(), Optional.empty(), Optional.of(p),
                    session.lookUp(p, r.name().map(List::of).orElse(List.of())));
        }
        Resolution res = session.resolve(r.name().orElseThrow(), r.developer());
        if (res.packageName().isEmpty()) {
            return new LookupEntry(r.asked(), Optional.of(res), Optional.empty(), List.of());
        }
        String p = res.packageName().get();
        return new LookupEntry(r.asked(), Optional.of(res), Optional.of(p), session.lookUp(p, List.of(res.name())));
    }
}
