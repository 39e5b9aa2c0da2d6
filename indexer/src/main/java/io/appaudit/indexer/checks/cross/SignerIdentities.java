package io.appaudit.indexer.checks.cross;

import io.appaudit.indexer.checks.AppQuarter;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Signer certificates joined by v3 key rotation: a signer and the certificates of its proof-of-rotation lineage are
 * one signing identity (the developer rotated its key), so a rotation never looks like another signer. The identity
 * is named by its lexically smallest certificate.
 */
final class SignerIdentities {

    private final Map<String, String> parent = new HashMap<>();

    /** The identities of all the signers read of one package in the quarter, in any store. */
    static SignerIdentities of(Collection<AppQuarter> apps) {
        SignerIdentities ids = new SignerIdentities();
        for (AppQuarter a : apps) {
            a.apkSigners().forEach(ids::find);
            a.apks().signers().forEach((cert, s) -> s.lineage().forEach(old -> ids.join(cert, old)));
        }
        return ids;
    }

    /** The identity of a certificate. */
    String identity(String cert) {
        return find(cert);
    }

    /** The identities of some certificates. */
    Set<String> identities(Collection<String> certs) {
        Set<String> out = new TreeSet<>();
        certs.forEach(c -> out.add(find(c)));
        return out;
    }

    /** True when two certificates are one identity only through a rotation lineage. */
    boolean rotated(String a, String b) {
        return !a.equals(b) && find(a).equals(find(b));
    }

    private String find(String cert) {
        String p = parent.computeIfAbsent(cert, c -> c);
        if (p.equals(cert)) {
            return cert;
        }
        String root = find(p);
        parent.put(cert, root);
        return root;
    }

    private void join(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        if (!ra.equals(rb)) {
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }
}
