package io.appaudit.crawler.lookup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.appaudit.crawler.lookup.Resolution.Candidate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The look-up's answer as JSON: one object per app asked about, with its resolution and one object per store.
 * Unknown values are JSON nulls, never zero or empty strings; store text is bounded (Jackson escapes it).
 */
public final class LookupJson {

    static final int TEXT = 2000;

    private LookupJson() {
    }

    public static ArrayNode of(ObjectMapper json, List<LookupEntry> entries) {
        ArrayNode out = json.createArrayNode();
        for (LookupEntry e : entries) {
            ObjectNode o = out.addObject();
            o.put("asked", cut(e.asked()));
            put(o, "package", e.packageName());
            e.resolution().ifPresent(r -> o.set("match", resolution(json, r)));
            ArrayNode stores = o.putArray("stores");
            for (StoreAnswer a : e.answers()) {
                ObjectNode s = stores.addObject();
                s.put("store", a.store().id());
                s.put("status", a.status().name().toLowerCase(Locale.ROOT));
                s.put("reason", a.reason().isEmpty() ? null : cut(a.reason()));
                put(s, "store_app_id", a.storeAppId());
                put(s, "name", a.name());
                put(s, "developer", a.developer());
                put(s, "version", a.version());
                put(s, "updated_at", a.updatedAt().map(Object::toString));
                if (a.status() == LookupStatus.LISTED) {
                    ObjectNode c = s.putObject("checks");
                    a.checksFailed().forEach(c.putArray("failed")::add);
                    a.checksUnknown().forEach(c.putArray("unknown")::add);
                    a.checksPassed().forEach(c.putArray("passed")::add);
                } else {
                    s.putNull("checks");
                }
                a.queries().forEach(s.putArray("queries")::add);
                put(s, "evidence", a.evidence());
            }
        }
        return out;
    }

    private static ObjectNode resolution(ObjectMapper json, Resolution r) {
        ObjectNode m = json.createObjectNode();
        m.put("name", cut(r.name()));
        put(m, "developer", r.developer());
        m.put("confidence", r.confidence().name().toLowerCase(Locale.ROOT));
        put(m, "package", r.packageName());
        m.put("explanation", cut(r.explanation()));
        ArrayNode cs = m.putArray("candidates");
        for (Candidate c : r.candidates()) {
            ObjectNode n = cs.addObject();
            n.put("package", cut(c.packageName()));
            n.put("name", cut(c.shownName()));
            n.put("found_in", c.foundIn().id());
            n.put("same_name", c.exactName());
            put(n, "developer", c.developer());
            if (c.developerMatch().isPresent()) {
                n.put("developer_matches", c.developerMatch().get());
            } else {
                n.putNull("developer_matches");
            }
        }
        return m;
    }

    private static void put(ObjectNode o, String field, Optional<String> v) {
        if (v.isPresent()) {
            o.put(field, cut(v.get()));
        } else {
            o.putNull(field);
        }
    }

    private static String cut(String s) {
        return s.length() <= TEXT ? s : s.substring(0, TEXT - 1) + "…";
    }
}
