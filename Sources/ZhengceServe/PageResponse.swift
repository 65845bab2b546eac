import Foundation

/// What the workbench answers to one request: a status, a content type and a body.
public struct PageResponse: Sendable {
    /// HTTP status code.
    public var status: Int
    /// The Content-Type header.
    public var contentType: String
    /// The body bytes.
    public var body: Data

    /// A response with a UTF-8 text body.
    public init(status: Int = 200, contentType: String, text: String) {
        self.status = status; self.contentType = contentType; body = Data(text.utf8)
    }

    /// An HTML page.
    public static func html(_ text: String, status: Int = 200) -> PageResponse {
        PageResponse(status: status, contentType: "text/html; charset=utf-8", text: text)
    }

    /// A JSON document (UTF-8, ends with a newline).
    public static func json(_ data: Data, status: Int = 200) -> PageResponse {
        var body = data
        if body.last != 0x0A { body.append(0x0A) }
        var response = PageResponse(status: status, contentType: "application/json; charset=utf-8", text: "")
        response.body = body
        return response
    }

    /// An SVG picture.
    public static func svg(_ text: String) -> PageResponse {
        PageResponse(contentType: "image/svg+xml; charset=utf-8", text: text)
    }

    /// The body as text (for tests and logs).
    public var text: String { String(decoding: body, as: UTF8.self) }
}
