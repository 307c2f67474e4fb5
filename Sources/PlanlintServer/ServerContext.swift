import Hummingbird
import NIOCore

/// The request context: Hummingbird's core storage plus the client address for the login limit.
public struct ServerContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public var remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }
}

/// A refusal shown to the client: HTTP status and a Vietnamese sentence.
struct ClientError: Error {
    var status: HTTPResponse.Status
    var message: String
}
