#include "IpRange.h"

namespace warden {

namespace {

QHostAddress unmapped(const QHostAddress& address)
{
    bool isMapped = false;
    const quint32 v4 = address.toIPv4Address(&isMapped);
    if (address.protocol() == QAbstractSocket::IPv6Protocol && isMapped) {
        return QHostAddress(v4);
    }
    return address;
}

} // namespace

IpRange::IpRange(const QHostAddress& network, int prefixLength)
    : m_network(network)
    , m_prefixLength(prefixLength)
{ }

Result<IpRange> IpRange::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return Refusal {Refusal::Kind::BadInput, tr("An IP range cannot be empty.")};
    }
    const qsizetype slash = trimmed.indexOf(QLatin1Char('/'));
    const QString addressText = slash < 0 ? trimmed : trimmed.left(slash);
    QHostAddress address;
    // IPv4 needs all four parts: QHostAddress would read "10.1" as 10.0.0.1, which nobody means.
    const bool shortIpv4 = !addressText.contains(QLatin1Char(':')) && addressText.count(QLatin1Char('.')) != 3;
    if (shortIpv4 || !address.setAddress(addressText) || addressText.contains(QLatin1Char('%'))) {
        return Refusal {
            Refusal::Kind::BadInput,
            tr("\"%1\" is not an IPv4 or IPv6 address (expected e.g. 192.0.2.0/24 or 2001:db8::/32).").arg(trimmed)};
    }
    const int maximum = address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
    if (slash >= 0) {
        const QString prefixText = trimmed.mid(slash + 1);
        bool isNumber = false;
        const int prefix = prefixText.toInt(&isNumber);
        if (!isNumber || prefixText.startsWith(QLatin1Char('+')) || prefix < 0 || prefix > maximum) {
            return Refusal {Refusal::Kind::BadInput,
                            tr("\"%1\": the prefix length must be a number from 0 to %2 for an %3 address.")
                                .arg(trimmed)
                                .arg(maximum)
                                .arg(maximum == 32 ? QStringLiteral("IPv4") : QStringLiteral("IPv6"))};
        }
    }
    const auto [network, prefix] =
        QHostAddress::parseSubnet(slash < 0 ? addressText + QLatin1Char('/') + QString::number(maximum) : trimmed);
    if (network.isNull() || prefix < 0) {
        return Refusal {Refusal::Kind::BadInput, tr("\"%1\" is not a valid CIDR range.").arg(trimmed)};
    }
    return IpRange(network, prefix);
}

bool IpRange::contains(const QHostAddress& address) const
{
    return unmapped(address).isInSubnet(m_network, m_prefixLength);
}

QString IpRange::toString() const
{
    return m_network.toString() + QLatin1Char('/') + QString::number(m_prefixLength);
}

Result<QHostAddress> parseClientAddress(const QString& text)
{
    QHostAddress address;
    if (!address.setAddress(text.trimmed())) {
        return Refusal {Refusal::Kind::BadInput, IpRange::tr("\"%1\" is not an IP address.").arg(text.trimmed())};
    }
    return unmapped(address);
}

QList<IpRange> parseAllowList(const QStringList& ranges)
{
    QList<IpRange> parsed;
    for (const QString& text : ranges) {
        if (auto range = IpRange::parse(text)) {
            parsed.append(range.value());
        }
    }
    return parsed;
}

bool allowListPermits(const QList<IpRange>& ranges, const QHostAddress& address)
{
    if (ranges.isEmpty()) {
        return true;
    }
    for (const IpRange& range : ranges) {
        if (range.contains(address)) {
            return true;
        }
    }
    return false;
}

} // namespace warden
