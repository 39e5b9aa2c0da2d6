package io.appaudit.stores.oppo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The label texts read on OPPO's landing page. Its format is not documented: the spellings are those of the
 * 2015 product page ({@code 发布时间：}, {@code 大小：}, {@code 版本：}) and of the other Chinese stores' pages.
 */
enum LandingLabel {
    NAME("应用名称", "应用名", "名称"),
    PACKAGE("包名", "应用包名"),
    DEVELOPER("开发者", "开发商", "开发者名称"),
    VERSION("版本", "版本号", "当前版本"),
    UPDATED("更新时间", "更新日期", "发布时间", "上架时间"),
    SIZE("大小", "应用大小", "软件大小", "安装包大小"),
    DOWNLOADS("下载次数", "下载量", "安装次数"),
    RATING("评分"),
    CATEGORY("分类", "类别", "应用分类"),
    PRIVACY("隐私政策", "隐私", "隐私协议", "隐私权政策"),
    PERMISSIONS("权限", "应用权限", "权限详情", "权限列表", "权限信息"),
    FILING("备案号", "备案", "APP备案号", "ICP备案号", "应用备案号", "备案信息"),
    WEBSITE("官网", "官方网站"),
    DESCRIPTION("应用介绍", "应用简介", "简介", "介绍");

    /** The pre-download disclosures a healthy landing page shows; named when none is found. */
    static final List<LandingLabel> CORE = List.of(DEVELOPER, VERSION, UPDATED, SIZE, PRIVACY, PERMISSIONS, FILING);

    private static final Map<String, LandingLabel> BY_TEXT = new HashMap<>();
    /** The longest label text: a longer text is no label, whatever its case. */
    private static final int LONGEST;

    static {
        int longest = 0;
        for (LandingLabel l : values()) {
            for (String t : l.texts) {
                String key = t.toLowerCase(java.util.Locale.ROOT);
                BY_TEXT.put(key, l);
                longest = Math.max(longest, key.length());
            }
        }
        LONGEST = longest;
    }

    private final List<String> texts;

    LandingLabel(String... texts) {
        this.texts = List.of(texts);
    }

    /** The label as the page most likely prints it, for problem reports. */
    String shown() {
        return texts.get(0);
    }

    /** The label a text is, spaces and a trailing colon ignored. */
    static Optional<LandingLabel> of(String text) {
        StringBuilder key = new StringBuilder(Math.min(text.length(), LONGEST + 4));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // regex \s (space, \t, \n, \x0B, \f, \r), the no-break space and the ideographic space
            if (c != ' ' && (c < '\t' || c > '\r') && c != '\u00a0' && c != '\u3000') {
                if (key.length() >= LONGEST && c != ':' && c != '：') {
                    return Optional.empty(); // the key, without its trailing colons, is already longer than any label
                }
                key.append(c);
            }
        }
        int end = key.length();
        while (end > 0 && (key.charAt(end - 1) == ':' || key.charAt(end - 1) == '：')) {
            end--;
        }
        key.setLength(end);
        return Optional.ofNullable(BY_TEXT.get(key.toString().toLowerCase(java.util.Locale.ROOT)));
    }
}
