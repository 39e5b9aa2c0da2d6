package io.appaudit.crawler.validity;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** One kind of planted problem or decoy: how it changes a listing, and what the audit must (not) report. */
enum Plant {
    STALE {
        @Override
        void apply(Planting p, Draft d) {
            d.updated = Optional.of(p.today().minusDays(760 + p.random().nextInt(900)).atTime(11, 0));
            p.problem(d.store.id(), d, "Z1", "updated " + days(p, d) + " days before the reference day");
        }
    },
    STALE_DECOY {
        @Override
        void apply(Planting p, Draft d) {
            d.updated = Optional.of(p.today().minusDays(600 + p.random().nextInt(100)).atTime(11, 0));
            p.decoy(d.store.id(), d, "Z1", "updated " + days(p, d) + " days ago: old, not yet 730");
        }
    },
    NO_VERSION {
        @Override
        void apply(Planting p, Draft d) {
            d.version = Optional.empty();
            p.problem(d.store.id(), d, "R3", "no version");
        }
    },
    NO_DATE {
        @Override
        void apply(Planting p, Draft d) {
            d.updated = Optional.empty();
            p.problem(d.store.id(), d, "R3", "no update date");
        }
    },
    NO_DEVELOPER {
        @Override
        void apply(Planting p, Draft d) {
            d.developer = Optional.empty();
            d.operator = Optional.empty();
            p.problem(d.store.id(), d, "R3", "no developer");
            p.problem(d.store.id(), d, "D4", "no developer");
        }
    },
    PLACEHOLDER {
        @Override
        void apply(Planting p, Draft d) {
            String placeholder = List.of("未知", "个人开发者", "空").get(p.random().nextInt(3));
            d.developer = Optional.of(placeholder);
            d.operator = d.operator.map(o -> placeholder);
            p.problem(d.store.id(), d, "D4", "developer " + placeholder);
        }
    },
    INDUCING {
        @Override
        void apply(Planting p, Draft d) {
            d.name = List.of("必装" + d.name, d.name + "-领红包", d.name + "（免费领取会员）").get(p.random().nextInt(3));
            p.problem(d.store.id(), d, "M4", "name " + d.name);
        }
    },
    OFFICIAL_DECOY {
        @Override
        void apply(Planting p, Draft d) {
            d.name = d.app.brand() + "官方" + d.app.product();
            p.decoy(d.store.id(), d, "M4", "官方 in the developer's own brand's app: " + d.name + " by "
                    + d.developer.orElse("?"));
        }
    },
    DEAD_DOWNLOAD {
        @Override
        void apply(Planting p, Draft d) {
            d.downloads.set(0, Formats.download(d, d.app.pkg(), false));
            p.problem(d.store.id(), d, "Z3", d.downloads.get(0).end() + " answers 404");
        }
    },
    NO_FILING {
        @Override
        void apply(Planting p, Draft d) {
            d.filing = Optional.empty();
            p.problem(d.store.id(), d, "R1", "no filing number anywhere on the listing");
        }
    },
    BAD_FILING {
        @Override
        void apply(Planting p, Draft d) {
            String f = d.app.filing();
            String province = f.substring(0, 1);
            d.filing = Optional.of(switch (p.nextShape(d.store)) {
                case 0 -> f.substring(0, f.length() - 1); // no trailing A
                case 1 -> province + "ICP备20240123456789号-1A"; // 14 digits
                case 2 -> f.substring(1); // no province
                case 3 -> f.substring(0, f.indexOf('号') + 1); // no -nA
                case 4 -> province + "ICP备2024123号-3A"; // 7 digits
                default -> province + "ICP证" + f.substring(f.indexOf('备') + 1, f.indexOf('号') + 1); // a licence
            });
            p.problem(d.store.id(), d, "R2", "filing number " + d.filing.get());
        }
    },
    NO_PRIVACY {
        @Override
        void apply(Planting p, Draft d) {
            d.privacy = Optional.empty();
            p.problem(d.store.id(), d, "R3", "no privacy-policy link (the store shows one elsewhere)");
        }
    },
    NO_PERMISSIONS {
        @Override
        void apply(Planting p, Draft d) {
            d.permissions = Optional.empty();
            p.problem(d.store.id(), d, "R3", "no permission list (the store shows one elsewhere)");
        }
    },
    DEAD_PRIVACY {
        @Override
        void apply(Planting p, Draft d) {
            d.privacy = Optional.of("https://" + d.app.host() + "/legal/" + d.store.id() + "-privacy-2019.html");
            p.problem(d.store.id(), d, "R4", d.privacy.get() + " answers 404");
            if (d.website.isPresent()) {
                p.decoy(d.store.id(), d, "Z4", "privacy link dead but website " + d.website.get() + " alive");
            }
        }
    },
    DEAD_DEVELOPER {
        @Override
        void apply(Planting p, Draft d) {
            String host = "old-" + d.app.pinyin() + ".example";
            d.website = Optional.of("https://" + host + "/");
            d.privacy = Optional.of("https://" + host + "/privacy.html");
            p.problem(d.store.id(), d, "R4", d.privacy.get() + " answers 404");
            p.problem(d.store.id(), d, "Z4", "website and privacy link on " + host + " answer 404");
        }
    },
    OLD_SDK {
        @Override
        void apply(Planting p, Draft d) {
            d.targetSdk = Optional.of(p.random().nextBoolean() ? 26 : 28);
            p.problem(d.store.id(), d, "Z2", "targetSDK " + d.targetSdk.get());
        }
    },
    SDK_DECOY {
        @Override
        void apply(Planting p, Draft d) {
            d.targetSdk = Optional.of(30);
            p.decoy(d.store.id(), d, "Z2", "targetSDK 30: the lowest accepted");
        }
    },
    UNRELATED_OPERATOR {
        @Override
        void apply(Planting p, Draft d) {
            String other = List.of("橙子", "蓝莓", "石榴").get(p.random().nextInt(3));
            d.operator = Optional.of(d.app.city() + other + "科技有限公司");
            p.problem(d.store.id(), d, "D1", "developer " + d.app.developer() + ", operator " + d.operator.get());
        }
    },
    INSTALLER_DOWNLOAD {
        @Override
        void apply(Planting p, Draft d) {
            d.downloads.set(0, Formats.installer(d, "下载"));
            p.problem(d.store.id(), d, "M1", "a.app.qq.com's apkUrl is microdown.myapp.com: the 应用宝 installer");
        }
    },
    FAST_DOWNLOAD {
        @Override
        void apply(Planting p, Draft d) {
            d.downloads.add(0, Formats.installer(d, "高速下载"));
            d.downloads.set(1, relabel(d.downloads.get(1), "普通下载"));
            p.problem(d.store.id(), d, "M2", "a.app.qq.com shows 高速下载 → microdown.myapp.com (the installer)");
            p.problem(d.store.id(), d, "M3", "高速下载 delivers the installer, 普通下载 the app");
            p.decoy(d.store.id(), d, "M1", "the app's own control (apkUrl, 普通下载) delivers the app");
        }
    },
    TRUNCATED {
        @Override
        void apply(Planting p, Draft d) {
            d.truncated = true;
            p.decoy(d.store.id(), d, "R3", "detail reply cut to 60 % of its characters: a parse problem, not a "
                    + "listing missing its disclosures");
        }
    },
    OTHER_PACKAGE_DOWNLOAD {
        @Override
        void apply(Planting p, Draft d) {
            d.downloads.set(0, Formats.download(d, "com.partner.union" + d.app.index(), true));
            p.problem(d.store.id(), d, "M1", "/download/" + d.id + " redirects to com.partner.union" + d.app.index());
        }
    };

    abstract void apply(Planting p, Draft d);

    private static long days(Planting p, Draft d) {
        return ChronoUnit.DAYS.between(d.updated.orElseThrow().toLocalDate(), p.today());
    }

    private static Shown.Download relabel(Shown.Download d, String label) {
        return new Shown.Download(label, d.url(), d.redirect(), d.delivers(), d.fileName());
    }
}
