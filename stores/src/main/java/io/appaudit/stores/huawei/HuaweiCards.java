package io.appaudit.stores.huawei;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.stores.AppRef;
import io.appaudit.stores.ListItem;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.kit.ChineseCounts;
import io.appaudit.stores.kit.JsonTree;
import io.appaudit.stores.kit.PackageName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cards of a gateway reply, always found by {@code layoutName} (their order changes), and the apps they list. */
final class HuaweiCards {

    static final String LAYOUT_NAME = "layoutName";
    static final String DATA_LIST = "dataList";
    /** The first element of a card's dataList, where detail cards keep their fields. */
    static final String FIRST = "dataList.0";

    static final String HEAD = "detailheadcard";
    static final String HIDDEN = "detailhiddencard";
    static final String APP_INFO = "detailappinfocard";
    static final String PC_APP_INFO = "pcappinfocard";
    static final String DATA = "appdetaildatacard";
    static final String INTRO = "detailappintrocard";
    static final String LIST_VERSION = "appVersionName";
    static final String LIST_DOWNLOADS = "downCountDesc";
    static final String LIST_SCORE = "score";
    static final String LIST_CATEGORY = "kindName";
    static final String PRIZE = "detailprizecard";
    static final String EDITOR = "detaileditorrecommendcard";
    static final String SCORE = "pcscorecommentlistcard";

    /** Cards that describe the requested app itself (as opposed to lists of other apps). */
    static final Set<String> DETAIL_CARDS = Set.of(HEAD, HIDDEN, APP_INFO, PC_APP_INFO, DATA, INTRO, PRIZE, EDITOR,
            SCORE, "detailscreencard");

    // List items (normalcard.dataList[], horizonhomecard.dataList[0].list[]) and detailhiddencard share these keys.
    static final String APPID = "appid";
    static final String PACKAGE = "package";
    static final String NAME = "name";
    static final String DETAIL_ID = "detailId";
    static final String NESTED_LIST = "list";

    /** {@code detailId} values such as {@code app|C10114823__autoList_…?appoid=…}. */
    private static final Pattern DETAIL_APP = Pattern.compile("^app\\|(C[0-9]{1,18})(?![0-9])");

    private HuaweiCards() {
    }

    static Optional<String> layoutName(JsonNode card) {
        return JsonTree.text(card, LAYOUT_NAME);
    }

    /**
     * For each layoutName, the first element of the dataList of the first card so named that has one, read in one
     * pass over the cards whose names are given (in the same order, null for a card without one).
     */
    static Map<String, JsonNode> firsts(List<JsonNode> cards, List<String> layoutNames) {
        Map<String, JsonNode> out = new HashMap<>();
        for (int i = 0; i < cards.size(); i++) {
            String name = layoutNames.get(i);
            if (name != null && !out.containsKey(name)) {
                JsonTree.at(cards.get(i), FIRST).filter(JsonNode::isObject).ifPresent(n -> out.put(name, n));
            }
        }
        return out;
    }

    /**
     * Every app the cards list, by app id in page order (the first mention wins, later ones fill in a missing
     * package or name): elements of {@code dataList[]} and of {@code dataList[].list[]}.
     */
    static Map<String, AppRef> apps(List<JsonNode> cards, String via) {
        Map<String, AppRef> out = new LinkedHashMap<>();
        for (JsonNode card : cards) {
            for (JsonNode entry : JsonTree.array(card, DATA_LIST)) {
                add(out, entry, via);
                for (JsonNode item : JsonTree.array(entry, NESTED_LIST)) {
                    add(out, item, via);
                }
            }
        }
        return out;
    }

    /** The app id of a list item: its {@code appid}, else the one its {@code detailId} points at. */
    static Optional<String> appId(JsonNode item) {
        Optional<String> id = JsonTree.text(item, APPID).filter(HuaweiUrls::isAppId);
        if (id.isPresent()) {
            return id;
        }
        return JsonTree.text(item, DETAIL_ID).flatMap(d -> {
            Matcher m = DETAIL_APP.matcher(d);
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        });
    }

    private static void add(Map<String, AppRef> out, JsonNode item, String via) {
        if (!item.isObject()) {
            return;
        }
        appId(item).ifPresent(id -> {
            Optional<String> pkg = JsonTree.text(item, PACKAGE).filter(PackageName::isValid);
            Optional<String> name = JsonTree.text(item, NAME);
            AppRef known = out.get(id);
            if (known == null) {
                out.put(id, new AppRef(StoreId.HUAWEI, id, pkg, name, via).withItem(listItem(item)));
            } else if (known.packageName().isEmpty() || known.name().isEmpty()) {
                AppRef merged = new AppRef(StoreId.HUAWEI, id, known.packageName().or(() -> pkg),
                        known.name().or(() -> name), known.via(), known.item());
                out.put(id, known.item().isPresent() ? merged : merged.withItem(listItem(item)));
            }
        });
    }

    /**
     * What a list item says beyond id, package and name: {@code appVersionName}, {@code downCountDesc}
     * ({@code "265 亿次安装"}), {@code score} (0–5), {@code kindName} (its category).
     */
    static ListItem listItem(JsonNode item) {
        return ListItem.of(JsonTree.text(item, LIST_VERSION).orElse(null),
                JsonTree.text(item, LIST_DOWNLOADS).flatMap(ChineseCounts::parse).orElse(null),
                JsonTree.decimal(item, LIST_SCORE).filter(r -> r >= 0 && r <= 5).orElse(null), null,
                JsonTree.text(item, LIST_CATEGORY).orElse(null));
    }

    /** Collects a list of strings from the items of an array, skipping blanks. */
    static List<String> texts(JsonNode node, String arrayPath, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : JsonTree.array(node, arrayPath)) {
            JsonTree.text(n, field).ifPresent(out::add);
        }
        return out;
    }
}
