package io.appaudit.indexer.checks.listing;

import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.stores.ListingField;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which disclosures one listed snapshot carries, wherever the adapter read them: the filing number counts when it
 * is in its field or anywhere in the name and descriptions. What a store shows is measured from these.
 */
public final class FieldsFound {

    private FieldsFound() {
    }

    /** The fields found on the snapshot. */
    public static Set<ListingField> of(ListingDocument d) {
        Set<ListingField> out = EnumSet.noneOf(ListingField.class);
        for (ListingField f : ListingField.values()) {
            if (found(f, d)) {
                out.add(f);
            }
        }
        return out;
    }

    /** True when the snapshot carries the field (a placeholder developer still shows the field). */
    public static boolean found(ListingField field, ListingDocument d) {
        return switch (field) {
            case DEVELOPER -> ListingText.present(d.developer());
            case OPERATOR -> ListingText.present(d.operator());
            case VERSION -> ListingText.present(d.versionName()) || d.versionCode() != null;
            case UPDATED_AT -> d.updatedAt() != null;
            case PRIVACY_POLICY -> ListingText.present(d.privacyPolicyUrl());
            case PERMISSIONS -> d.permissions() != null;
            case FILING_NUMBER -> ListingText.filingNumber(d).isPresent();
            case TARGET_SDK -> d.targetSdk() != null;
            case HASH_MD5 -> ListingText.present(d.hashMd5());
            case HASH_SHA256 -> ListingText.present(d.hashSha256());
            case SIGNING_CERT -> ListingText.present(d.hashSigningCert());
            case WEBSITE -> ListingText.present(d.website());
            case DOWNLOAD_CONTROL -> d.downloadControls() != null && !d.downloadControls().isEmpty();
        };
    }
}
