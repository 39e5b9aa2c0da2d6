package io.appaudit.crawler.demo;

import io.appaudit.crawler.demo.Brands.Brand;
import io.appaudit.crawler.demo.Products.Permission;
import io.appaudit.crawler.demo.Products.Product;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * One demo app as its developer publishes it, before any store shows it: the same package, version, filing number
 * and file in every store that lists it (stores then show more or less of it, and the planted problems change it).
 *
 * @param updated the release time, China time
 * @param domain  the developer's web host, serving the website and the privacy policy
 */
record BaseApp(String pkg, String name, String developer, String domain, String category, String shortDescription,
               String description, String versionName, long versionCode, LocalDateTime updated, long sizeBytes,
               long downloads, double rating, String filing, List<Permission> permissions, String privacyUrl,
               String website, int targetSdk, String md5, String sha256) {

    private static final String PROVINCES = "京沪粤浙苏川鄂闽鲁湘";

    BaseApp {
        permissions = List.copyOf(permissions);
    }

    /** A fictional app of a fictional company, with values drawn from the generator's seeded random. */
    static BaseApp fictional(Brand brand, Product product, Random rnd, LocalDate reference) {
        String developer = Brands.company(brand, rnd);
        String domain = "www." + brand.pinyin() + ".example";
        int major = 1 + rnd.nextInt(12);
        int minor = rnd.nextInt(20);
        int patch = rnd.nextInt(10);
        LocalDateTime updated = reference.minusDays(15 + rnd.nextInt(385))
                .atTime(8 + rnd.nextInt(12), rnd.nextInt(60), rnd.nextInt(60));
        List<Permission> permissions = new ArrayList<>(List.of(Products.INTERNET));
        List<Permission> pool = new ArrayList<>(Products.OTHERS);
        for (int i = 2 + rnd.nextInt(4); i > 0; i--) {
            permissions.add(pool.remove(rnd.nextInt(pool.size())));
        }
        String name = brand.hanzi() + product.noun();
        String blurb = product.blurb();
        return new BaseApp("cn." + brand.pinyin() + "." + product.pkg(), name, developer, domain, product.category(),
                blurb.substring(0, blurb.indexOf('，') > 0 ? blurb.indexOf('，') : blurb.length() - 1),
                name + "是一款" + product.category() + "应用。" + blurb,
                major + "." + minor + "." + patch, major * 10_000L + minor * 100L + patch, updated,
                (5L << 20) + (long) rnd.nextInt(300 << 20), 10_000L + rnd.nextInt(50_000_000),
                (30 + rnd.nextInt(20)) / 10.0, filing(rnd), permissions, "https://" + domain + "/privacy.html",
                "https://" + domain + "/", 31 + rnd.nextInt(5), hex(rnd, 32), hex(rnd, 64));
    }

    /** A well-formed APP filing number: 粤ICP备2023012345号-3A (8 or 10 digits). */
    static String filing(Random rnd) {
        char province = PROVINCES.charAt(rnd.nextInt(PROVINCES.length()));
        boolean ten = rnd.nextBoolean();
        String digits = (2019 + rnd.nextInt(7)) + String.format(Locale.ROOT, ten ? "%06d" : "%04d",
                rnd.nextInt(ten ? 1_000_000 : 10_000));
        return province + "ICP备" + digits + "号-" + (1 + rnd.nextInt(9)) + "A";
    }

    static String hex(Random rnd, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(Character.toUpperCase(Character.forDigit(rnd.nextInt(16), 16)));
        }
        return sb.toString();
    }

    BaseApp withDeveloper(String company) {
        return new BaseApp(pkg, name, company, domain, category, shortDescription, description, versionName,
                versionCode, updated, sizeBytes, downloads, rating, filing, permissions, privacyUrl, website,
                targetSdk, md5, sha256);
    }
}
