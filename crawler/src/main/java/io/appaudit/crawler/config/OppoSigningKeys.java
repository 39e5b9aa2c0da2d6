package io.appaudit.crawler.config;

import io.appaudit.crawler.config.StoreCrawlConfig.OppoSigningConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * OPPO's signing set-up, read from {@code stores.oppo.signing.*} and two environment variables: all of it (the
 * signed client API), none of it (the unsigned H5 feeds), or part of it, which names what is missing and stops only
 * what crawls OPPO.
 */
record OppoSigningKeys(Optional<OppoSigningConfig> signing, Optional<String> missing) {

    static OppoSigningKeys read(Settings s, String prefix, Map<String, String> env) {
        Map<String, Optional<String>> parts = new LinkedHashMap<>();
        parts.put(prefix + ".oak", s.optional(prefix + ".oak"));
        parts.put(prefix + ".ocs", s.optional(prefix + ".ocs"));
        parts.put(prefix + ".device-id", s.optional(prefix + ".device-id"));
        parts.put("the environment variable " + AppauditConfig.OPPO_SIGN_KEY,
                AppauditConfig.secret(env, AppauditConfig.OPPO_SIGN_KEY));
        parts.put("the environment variable " + AppauditConfig.OPPO_SIGN_CONSTANT,
                AppauditConfig.secret(env, AppauditConfig.OPPO_SIGN_CONSTANT));
        List<String> absent = parts.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey)
                .toList();
        if (absent.size() == parts.size()) {
            return new OppoSigningKeys(Optional.empty(), Optional.empty());
        }
        if (!absent.isEmpty()) {
            return new OppoSigningKeys(Optional.empty(), Optional.of("OPPO signing is set up only in part: "
                    + String.join(", ", absent) + (absent.size() > 1 ? " are" : " is") + " missing. OPPO signing "
                    + "needs all of " + prefix + ".oak, .ocs, .device-id and the environment variables "
                    + AppauditConfig.OPPO_SIGN_KEY + " and " + AppauditConfig.OPPO_SIGN_CONSTANT
                    + ": supply the missing ones, or remove the others to crawl OPPO's unsigned H5 feeds "
                    + "(other stores are not affected)"));
        }
        List<String> v = parts.values().stream().map(Optional::orElseThrow).toList();
        return new OppoSigningKeys(Optional.of(new OppoSigningConfig(v.get(3), v.get(4), v.get(0), v.get(1),
                v.get(2))), Optional.empty());
    }
}
