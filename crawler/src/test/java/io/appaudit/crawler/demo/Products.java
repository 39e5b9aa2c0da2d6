package io.appaudit.crawler.demo;

import java.util.List;

/** What the fictional demo apps do: the second half of each app's name, its package suffix, category and blurb. */
final class Products {

    /** One kind of app. */
    record Product(String noun, String pkg, String category, String blurb) {
    }

    /** One permission as stores show it: the title users read, and the Android name. */
    record Permission(String title, String androidName) {
    }

    static final List<Product> ALL = List.of(
            new Product("笔记", "notes", "效率办公", "随手记录灵感，支持多端同步与全文搜索。"),
            new Product("天气", "weather", "生活服务", "逐小时天气预报，空气质量及时提醒。"),
            new Product("记账", "ledger", "金融理财", "轻松记录每一笔收支，自动生成月度报表。"),
            new Product("读书", "books", "图书阅读", "精选图书与有声书，支持夜间阅读模式。"),
            new Product("地图", "maps", "出行导航", "离线地图与实时路况，出行规划更轻松。"),
            new Product("相机", "camera", "摄影摄像", "丰富滤镜与人像模式，随手拍出好照片。"),
            new Product("音乐", "music", "影音娱乐", "高品质音乐播放，歌词逐字同步。"),
            new Product("健身", "fitness", "运动健康", "科学训练计划，记录每一次运动。"),
            new Product("课堂", "classroom", "教育学习", "名师直播课程，随时随地学习。"),
            new Product("外卖", "takeout", "美食", "附近美食，快速送达。"),
            new Product("翻译", "translate", "实用工具", "多语种拍照翻译，语音对话实时互译。"),
            new Product("日历", "calendar", "效率办公", "日程提醒与节假日安排，一目了然。"),
            new Product("清理", "cleaner", "系统工具", "清理缓存文件，释放手机存储空间。"),
            new Product("浏览器", "browser", "实用工具", "轻快流畅的网页浏览，书签多端同步。"),
            new Product("视频", "video", "影音娱乐", "热门剧集与短视频，一站观看。"),
            new Product("壁纸", "wallpaper", "主题个性", "高清壁纸，每日更新。"),
            new Product("输入法", "keyboard", "实用工具", "智能联想输入，支持语音与手写。"),
            new Product("网盘", "drive", "效率办公", "文件云端备份，多设备随时访问。"),
            new Product("打车", "rides", "出行导航", "一键叫车，行程实时分享。"),
            new Product("商城", "mall", "购物比价", "品质好物，正品保障。"),
            new Product("菜谱", "recipes", "美食", "家常菜谱，步骤详解。"),
            new Product("旅行", "travel", "旅游住宿", "机票酒店，一站预订。"),
            new Product("问诊", "clinic", "医疗健康", "在线问诊，常见病快速咨询。"),
            new Product("招聘", "jobs", "商务办公", "海量职位，快速匹配。"),
            new Product("英语", "english", "教育学习", "每日单词与口语练习。"),
            new Product("漫画", "comics", "图书阅读", "热门漫画，连载更新。"),
            new Product("直播", "live", "影音娱乐", "精彩直播，实时互动。"),
            new Product("快递", "parcel", "生活服务", "快递查询与上门寄件。"),
            new Product("计算器", "calculator", "实用工具", "科学计算与单位换算。"),
            new Product("闹钟", "alarm", "实用工具", "智能闹钟与睡眠记录。"));

    /** Every app asks for the network; the others are drawn from the rest. */
    static final Permission INTERNET = new Permission("访问网络", "android.permission.INTERNET");
    static final List<Permission> OTHERS = List.of(
            new Permission("获取精确位置", "android.permission.ACCESS_FINE_LOCATION"),
            new Permission("拍摄照片和视频", "android.permission.CAMERA"),
            new Permission("录制音频", "android.permission.RECORD_AUDIO"),
            new Permission("读取存储卡中的内容", "android.permission.READ_EXTERNAL_STORAGE"),
            new Permission("读取联系人", "android.permission.READ_CONTACTS"),
            new Permission("读取手机状态和身份", "android.permission.READ_PHONE_STATE"),
            new Permission("开机启动", "android.permission.RECEIVE_BOOT_COMPLETED"),
            new Permission("查看WLAN连接", "android.permission.ACCESS_WIFI_STATE"),
            new Permission("发送通知", "android.permission.POST_NOTIFICATIONS"));

    private Products() {
    }

    /** The title users read for an Android permission name. */
    static String title(String androidName) {
        if (INTERNET.androidName().equals(androidName)) {
            return INTERNET.title();
        }
        return OTHERS.stream().filter(p -> p.androidName().equals(androidName)).map(Permission::title).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a demo permission: " + androidName));
    }
}
