/// The version shown by `--version`, SARIF and HTML reports.
///
/// Releases follow semantic versioning and are tagged `vMAJOR.MINOR.PATCH` (a pre-release
/// `v0.1.1-rc.1`); `scripts/release.sh VERSION` refuses a VERSION other than this one, so
/// the tag, the archive name and `planlint --version` always agree. Bump it in the commit
/// that is tagged.
public enum PlanlintVersion {
    public static let current = "0.1.0"
}
