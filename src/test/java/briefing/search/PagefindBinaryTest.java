package briefing.search;

import briefing.tools.NpmPackage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pinned Pagefind has a pinned, integrity-hashed build for every platform it runs on, of the same release. */
class PagefindBinaryTest {
    @Test
    void everyPlatformPagefindBuildsForIsPinnedWithItsIntegrity() {
        String release = PagefindBinary.release();
        assertTrue(release.matches("pagefind@\\d+\\.\\d+\\.\\d+"), release);
        for (String platform : List.of("linux-x64", "linux-arm64", "darwin-x64", "darwin-arm64", "windows-x64", "windows-arm64")) {
            NpmPackage pkg = NpmPackage.locked(PagefindBinary.LOCK, "@pagefind/" + platform);
            assertEquals(release, "pagefind@" + pkg.version(), platform + " is of the pinned release");
            assertTrue(pkg.integrity().startsWith("sha512-"), platform);
        }
    }

    @Test
    void mapsJavasNamesForTheMachineToPagefindsPlatforms() {
        assertEquals(Optional.of("linux-x64"), PagefindBinary.platform("Linux", "amd64"));
        assertEquals(Optional.of("darwin-arm64"), PagefindBinary.platform("Mac OS X", "aarch64"));
        assertEquals(Optional.of("windows-x64"), PagefindBinary.platform("Windows 11", "amd64"));
        assertEquals(Optional.empty(), PagefindBinary.platform("SunOS", "sparcv9"));
        assertEquals("bin/pagefind_extended.exe", PagefindBinary.executable("windows-x64"));
        assertEquals("bin/pagefind_extended", PagefindBinary.executable("linux-arm64"));
    }
}
