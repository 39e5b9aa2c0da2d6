package io.appaudit.indexer.checks;

/** The regulator's four problem families, in the order its notices list them. */
public enum Family {
    R("上架审核不严", "lax review of listings"),
    Z("存量问题清理不彻底", "zombie and lost-contact apps"),
    D("开发运营者信息不准确", "inaccurate developer and operator information"),
    M("误导用户下载", "misleading users to download");

    private final String chinese;
    private final String english;

    Family(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    /** The family's name as the regulator's notices write it. */
    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }
}
