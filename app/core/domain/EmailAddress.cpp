#include "EmailAddress.h"

#include <QRegularExpression>

namespace warden {

bool EmailAddress::isValidDomain(const QString& domain)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(domain).hasMatch();
}

bool EmailAddress::isValid(const QString& address)
{
    if (address.size() > 254 || address.count(QLatin1Char('@')) != 1) {
        return false;
    }
    static const QRegularExpression local(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$"));
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    const QString localPart = address.left(at);
    return localPart.size() <= 64 && local.match(localPart).hasMatch() && isValidDomain(address.mid(at + 1));
}

QString EmailAddress::domainOf(const QString& address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : address.mid(at + 1).toLower();
}

} // namespace warden
