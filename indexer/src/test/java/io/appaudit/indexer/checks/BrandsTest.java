package io.appaudit.indexer.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.indexer.checks.CompanyGroups.Kind;
import io.appaudit.indexer.names.CompanyNames;
import org.junit.jupiter.api.Test;

/** The "Brands" rule of AUDIT-RULES.md on the real pairs seen in the stores, and the decoys that must stay apart. */
class BrandsTest {

    private final CompanyGroups groups = CompanyGroups.brandsOnly();

    @Test
    void alipaysHangzhouAndChinaCompaniesAreOneBrand() {
        CompanyGroups.Relation r = groups.relation("支付宝（杭州）信息技术有限公司", "支付宝（中国）网络技术有限公司");
        assertThat(r.kind()).isEqualTo(Kind.RELATED);
        assertThat(r.reason()).isEqualTo("same brand: 支付宝");
    }

    @Test
    void aXiamenCompanyAndItsShanghaiSiblingAreOneBrand() {
        assertThat(groups.relation("厦门柚子科技有限公司", "柚子（上海）数字服务技术有限公司").reason())
                .isEqualTo("same brand: 柚子");
    }

    @Test
    void aXiamenCompanyAndItsXianSiblingAreOneBrand() {
        assertThat(groups.relation("厦门柚子科技有限公司", "柚子（西安）网络科技有限公司").kind()).isEqualTo(Kind.RELATED);
    }

    @Test
    void tencentsShenzhenCompaniesUnderTwoNamesAreOneBrand() {
        assertThat(groups.relation("腾讯科技（深圳）有限公司", "深圳市腾讯计算机系统有限公司").reason())
                .isEqualTo("same brand: 腾讯");
    }

    @Test
    void twoBrandsInOneCityStayApart() {
        assertThat(groups.relation("厦门柚子科技有限公司", "厦门橙子科技有限公司").kind()).isEqualTo(Kind.UNRELATED);
    }

    @Test
    void oneCharacterBrandsJoinNothing() {
        assertThat(CompanyNames.brand("北京大科技有限公司")).isEqualTo("大");
        assertThat(groups.relation("北京大科技有限公司", "上海大网络技术有限公司").kind()).isEqualTo(Kind.UNRELATED);
    }

    @Test
    void aBrandContainedInAnotherIsNotTheSameBrand() {
        assertThat(groups.relation("柚子科技有限公司", "大柚子科技有限公司").kind()).isEqualTo(Kind.UNRELATED);
    }

    @Test
    void aLeadingProvinceAndCityAreBothDropped() {
        assertThat(CompanyNames.brand("广东省深圳市腾讯计算机系统有限公司")).isEqualTo("腾讯");
    }

    @Test
    void aNameThatIsOnlyAPlaceKeepsIt() {
        assertThat(CompanyNames.brand("上海有限公司")).isEqualTo("上海");
    }
}
