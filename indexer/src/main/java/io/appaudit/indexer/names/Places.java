package io.appaudit.indexer.names;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The provinces and cities that lead Chinese company names (深圳市腾讯…, 厦门柚子…), so that the brand rule of
 * AUDIT-RULES.md can drop them. Provinces, autonomous regions and municipalities are all of them; cities are the
 * prefecture-level ones that commonly open a registered company name.
 */
final class Places {

    private static final List<String> PROVINCES = List.of("北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林",
            "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州",
            "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门");
    private static final List<String> CITIES = List.of("深圳", "广州", "杭州", "南京", "苏州", "厦门", "成都", "武汉",
            "西安", "长沙", "珠海", "东莞", "佛山", "宁波", "青岛", "济南", "大连", "沈阳", "合肥", "福州", "郑州", "无锡",
            "昆明", "南昌", "贵阳", "南宁", "海口", "三亚", "石家庄", "太原", "呼和浩特", "长春", "哈尔滨", "兰州", "西宁",
            "银川", "乌鲁木齐", "拉萨", "温州", "常州", "嘉兴", "绍兴", "金华", "台州", "湖州", "泉州", "漳州", "烟台",
            "潍坊", "惠州", "中山", "汕头", "江门", "湛江", "南通", "徐州", "扬州", "镇江", "盐城", "泰州", "芜湖", "洛阳",
            "宜昌", "襄阳", "株洲", "岳阳", "绵阳", "柳州", "桂林", "保定", "唐山", "廊坊", "秦皇岛", "大同", "包头", "鞍山",
            "大庆", "威海", "淄博", "临沂", "昆山", "义乌", "莆田", "赣州", "九江", "遵义");
    /** What may follow a place: the administrative word, longest first. */
    private static final List<String> SUFFIXES = List.of("壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "特别行政区",
            "省", "市", "区");
    private static final List<String> ALL = Stream.concat(PROVINCES.stream(), CITIES.stream()).distinct()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private Places() {
    }

    /** The name without the places that lead it (广东省深圳市腾讯 → 腾讯); a name that is only a place is kept. */
    static String dropLeading(String name) {
        String s = name;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String place : ALL) {
                if (s.startsWith(place)) {
                    String rest = s.substring(place.length());
                    for (String suffix : SUFFIXES) {
                        if (rest.startsWith(suffix)) {
                            rest = rest.substring(suffix.length());
                            break;
                        }
                    }
                    rest = rest.strip();
                    if (!rest.isEmpty()) {
                        s = rest;
                        changed = true;
                    }
                    break;
                }
            }
        }
        return s;
    }
}
