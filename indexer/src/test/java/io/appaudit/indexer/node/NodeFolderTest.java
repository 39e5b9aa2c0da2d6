package io.appaudit.indexer.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeFolderTest {

    @TempDir
    Path dir;

    @Test
    void aRootRunNodeFindsItsClosedHomeAgainOnRestart() throws IOException {
        assumeTrue("root".equals(System.getProperty("user.name")), "the account switch happens only as root");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path home = Files.createDirectories(dir.resolve("es"));
        assertThat(NodeFolder.forHome(home, "appaudit-es").root()).isEqualTo(home);

        // what a first start leaves: the node's own folder closed to everyone but its account
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
        assertThat(NodeFolder.forHome(home, "appaudit-es").root()).isEqualTo(home);
    }

    @Test
    void aRootRunNodeBelowAClosedFolderLivesUnderVarLib() throws IOException {
        assumeTrue("root".equals(System.getProperty("user.name")), "the account switch happens only as root");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        Path home = dir.resolve("es");
        assertThat(NodeFolder.forHome(home, "appaudit-es").root().getParent()).isEqualTo(Path.of("/var/lib/appaudit/nodes"));
    }
}
