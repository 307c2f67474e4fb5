/// The version shown by `--version`, SARIF and HTML reports.
public enum PlanlintVersion {
    public static let current = "0.1.0"
}
