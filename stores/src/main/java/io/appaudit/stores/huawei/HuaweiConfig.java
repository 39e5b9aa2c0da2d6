package io.appaudit.stores.huawei;

import java.util.List;

/**
 * Settings of the Huawei adapter ({@code stores.huawei.*}).
 *
 * @param defaultTabs     32-hex tab ids to page through when the discovery options name none. AppGallery's tab ids
 *                        are not published and change; none is shipped, the user supplies them
 * @param defaultKeywords search keywords swept when the discovery options name none
 */
public record HuaweiConfig(List<String> defaultTabs, List<String> defaultKeywords) {

    /** Plain category words, not store data: each search seeds a list, and every listing's related apps widen it. */
    private static final List<String> KEYWORDS = List.of("社交", "购物", "视频", "音乐", "新闻", "阅读", "游戏", "金融",
            "银行", "出行", "地图", "教育", "健康", "办公", "拍照", "工具", "生活", "美食", "旅游", "汽车");

    public HuaweiConfig {
        defaultTabs = List.copyOf(defaultTabs);
        defaultKeywords = List.copyOf(defaultKeywords);
        for (String t : defaultTabs) {
            if (t.isBlank()) {
                throw new IllegalArgumentException("stores.huawei.default-tabs holds a blank tab id");
            }
        }
        for (String k : defaultKeywords) {
            if (k.isBlank()) {
                throw new IllegalArgumentException("stores.huawei.default-keywords holds a blank keyword");
            }
        }
    }

    public static HuaweiConfig defaults() {
        return new HuaweiConfig(List.of(), KEYWORDS);
    }
}
