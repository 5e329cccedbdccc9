#include "DirectoryConnector.h"

#include <QCryptographicHash>

namespace warden {

QString DirectoryConnector::searchKey() const
{
    const QStringList parts {url.toLower(),
                             baseDn.toLower(),
                             filter,
                             mapEmail.toLower(),
                             mapName.toLower(),
                             mapUpn.toLower(),
                             mapDisabled.toLower(),
                             domains.join(QLatin1Char(','))};
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

DirectoryConnector DirectoryConnector::activeDirectoryDefaults()
{
    DirectoryConnector connector;
    connector.filter = activeDirectoryFilter();
    return connector;
}

DirectoryConnector DirectoryConnector::openLdapDefaults()
{
    DirectoryConnector connector;
    connector.filter = openLdapFilter();
    connector.mapName = QStringLiteral("cn");
    connector.mapUpn = QStringLiteral("uid");
    connector.mapDisabled.clear();
    return connector;
}

} // namespace warden
