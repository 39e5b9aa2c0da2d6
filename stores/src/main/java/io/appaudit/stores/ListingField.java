package io.appaudit.stores;

/** The disclosures the checks read, named so a store can declare which of them its format never shows. */
public enum ListingField {
    DEVELOPER, OPERATOR, VERSION, UPDATED_AT, PRIVACY_POLICY, PERMISSIONS, FILING_NUMBER, TARGET_SDK,
    HASH_MD5, HASH_SHA256, SIGNING_CERT, WEBSITE, DOWNLOAD_CONTROL
}
