package io.appaudit.stores;

/** The disclosures the checks read; what share of a store's listings carry each is measured per quarter. */
public enum ListingField {
    DEVELOPER, OPERATOR, VERSION, UPDATED_AT, PRIVACY_POLICY, PERMISSIONS, FILING_NUMBER, TARGET_SDK,
    HASH_MD5, HASH_SHA256, SIGNING_CERT, WEBSITE, DOWNLOAD_CONTROL
}
