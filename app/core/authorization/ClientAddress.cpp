#include "ClientAddress.h"

#include "../domain/IpRange.h"
#include "../storage/Database.h"

#include <QNetworkInterface>
#include <QSqlQuery>

namespace warden {

QString ClientAddress::detect(Database& database)
{
    if (const QString configured = qEnvironmentVariable("WARDEN_CLIENT_ADDRESS"); !configured.isEmpty()) {
        auto parsed = parseClientAddress(configured);
        return parsed ? parsed.value().toString() : QString();
    }
    if (database.dialect() == Database::Dialect::PostgreSQL) {
        QSqlQuery q(database.connection());
        if (q.exec(QStringLiteral("SELECT host(inet_client_addr())")) && q.next() && !q.value(0).isNull()) {
            auto parsed = parseClientAddress(q.value(0).toString());
            if (parsed) {
                return parsed.value().toString();
            }
        }
    }
    QString ipv6;
    for (const QHostAddress& address : QNetworkInterface::allAddresses()) {
        if (address.isLoopback() || address.isLinkLocal() || address.isNull()) {
            continue;
        }
        if (address.protocol() == QAbstractSocket::IPv4Protocol) {
            return address.toString();
        }
        if (ipv6.isEmpty()) {
            ipv6 = address.toString();
        }
    }
    return ipv6.isEmpty() ? QStringLiteral("127.0.0.1") : ipv6;
}

} // namespace warden
