package io.appaudit.indexer.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.appaudit.indexer.checks.CompanyGroups.Kind;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompanyGroupsTest {

    @TempDir
    Path dir;

    @Test
    void fullWidthAndHalfWidthBracketsNameTheSameEntity() {
        assertThat(CompanyGroups.brandsOnly().relation("腾讯科技（深圳）有限公司", "腾讯科技 (深圳) 有限公司").kind())
                .isEqualTo(Kind.SAME);
    }

    @Test
    void aLegalFormSuffixDoesNotMakeAnotherEntity() {
        assertThat(CompanyGroups.brandsOnly().relation("小米科技有限责任公司", "小米科技").kind()).isEqualTo(Kind.SAME);
    }

    @Test
    void twoCitiesOfOneBrandAreRelated() {
        CompanyGroups.Relation r = CompanyGroups.brandsOnly().relation("腾讯科技（深圳）有限公司", "腾讯科技（北京）有限公司");
        assertThat(r.kind()).isEqualTo(Kind.RELATED);
        assertThat(r.reason()).isEqualTo("same brand: 腾讯");
    }

    @Test
    void differentBrandsAreUnrelatedWithoutAGroupFile() {
        assertThat(CompanyGroups.brandsOnly().relation("支付宝（中国）网络技术有限公司", "蚂蚁科技集团股份有限公司").kind())
                .isEqualTo(Kind.UNRELATED);
    }

    @Test
    void theGroupFileJoinsDifferentBrands() {
        CompanyGroups g = CompanyGroups.read(Corpus.write(dir, "g.csv",
                "group,company\n蚂蚁集团,支付宝(中国)网络技术有限公司\n蚂蚁集团,\"蚂蚁科技集团股份有限公司\"\n"));
        assertThat(g.relation("支付宝（中国）网络技术有限公司", "蚂蚁科技集团股份有限公司").reason()).isEqualTo("group file: 蚂蚁集团");
    }

    @Test
    void aOneCharacterBrandIsNotComparedByContainment() {
        assertThat(CompanyGroups.brandsOnly().relation("中科技有限公司", "中兴通讯股份有限公司").kind())
                .isEqualTo(Kind.UNRELATED);
    }

    @Test
    void aCompanyInTwoGroupsIsAnErrorNamingBothLines() {
        Path f = Corpus.write(dir, "g.csv", "group,company\nA,甲公司\n\n# comment\nB,甲有限公司\n");
        assertThatThrownBy(() -> CompanyGroups.read(f)).isInstanceOf(UserFileException.class)
                .hasMessage(f + " line 5: '甲有限公司' is already in group 'A' (line 2); a company belongs to one group");
    }
}
