#pragma once

#include "../Result.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>

namespace warden {

/// One CIDR range of an account's IP allow-list, IPv4 or IPv6. Parsing goes through
/// QHostAddress::parseSubnet; a bare address means a single host (/32 or /128), and the stored
/// text is the normalised network form ("10.1.2.3/8" becomes "10.0.0.0/8").
class IpRange
{
    Q_DECLARE_TR_FUNCTIONS(IpRange)

public:
    [[nodiscard]] static Result<IpRange> parse(const QString& text);

    [[nodiscard]] bool contains(const QHostAddress& address) const;
    [[nodiscard]] QString toString() const;
    [[nodiscard]] QHostAddress network() const { return m_network; }
    [[nodiscard]] int prefixLength() const { return m_prefixLength; }

private:
    IpRange(const QHostAddress& network, int prefixLength);

    QHostAddress m_network;
    int m_prefixLength = 0;
};

/// Parses a client address as given on the command line or by the server ("192.0.2.7",
/// "::ffff:192.0.2.7", "2001:db8::1"); IPv4-mapped IPv6 addresses become IPv4.
[[nodiscard]] Result<QHostAddress> parseClientAddress(const QString& text);

/// The ranges of stored allow-list texts (stored texts were validated when saved).
[[nodiscard]] QList<IpRange> parseAllowList(const QStringList& ranges);

/// True when the allow-list is empty (no restriction) or some range contains the address.
[[nodiscard]] bool allowListPermits(const QList<IpRange>& ranges, const QHostAddress& address);

} // namespace warden
