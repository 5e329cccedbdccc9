#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace warden {

/// RFC 4648 base32 (upper case, no padding on output), as used in otpauth:// URIs.
class Base32
{
public:
    static QString encode(const QByteArray& data);
    /// Accepts lower case, spaces and padding; nullopt on any other character.
    static std::optional<QByteArray> decode(const QString& text);
};

} // namespace warden
