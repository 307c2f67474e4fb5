#if canImport(PlanlintPostgres)
import Foundation
import PlanlintPostgres

/// Creates a scratch database for one test through the admin connection.
enum PostgresAdmin {
    static func createDatabase(adminURL: String, name: String) async throws {
        try await PostgresStore.createDatabase(adminURL: adminURL, name: name)
    }
}
#endif
