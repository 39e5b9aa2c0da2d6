package io.appaudit.crawler.demo;

import java.util.List;
import java.util.Optional;

/**
 * Where one download control leads in the replay: the control's URL, each redirect (302) after it, and what the
 * last URL answers. A delivered file answers 200 to GET and HEAD and 206 with one byte to {@code Range: bytes=0-0};
 * a dead one answers its status.
 *
 * @param hops     canonical URLs, the control's first; each but the last answers 302 to the next
 * @param status   what the last URL answers
 * @param fileName the Content-Disposition file name the last URL sends, when the store sends one
 * @param delivers the package the store's naming convention reveals in the delivered file, when it reveals one
 */
record DownloadPath(List<String> hops, int status, Optional<String> fileName, Optional<String> delivers) {

    DownloadPath {
        hops = List.copyOf(hops);
        if (hops.isEmpty()) {
            throw new IllegalArgumentException("a download path needs the control's URL");
        }
    }

    static DownloadPath file(List<String> hops, Optional<String> fileName, Optional<String> delivers) {
        return new DownloadPath(hops, 200, fileName, delivers);
    }

    static DownloadPath dead(List<String> hops, int status) {
        return new DownloadPath(hops, status, Optional.empty(), Optional.empty());
    }

    String url() {
        return hops.get(0);
    }

    String finalUrl() {
        return hops.get(hops.size() - 1);
    }

    boolean delivered() {
        return status == 200;
    }
}
