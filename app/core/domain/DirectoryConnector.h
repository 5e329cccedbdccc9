#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace warden {

/// An account's connection to the organisation's directory (Active Directory or another LDAP
/// server) and the state of its runs. The bind password is not here: it lives only in the OS
/// keychain of each computer that runs the sync.
struct DirectoryConnector
{
    /// The attribute value that marks Active Directory's disabled flag (userAccountControl bit 2).
    static constexpr quint32 kAccountDisabledBit = 0x2;

    qint64 accountId = 0;
    QString accountCode;

    QString url; ///< ldap://host[:port] or ldaps://host[:port]
    bool startTls = false; ///< ldap:// upgraded with StartTLS
    QString caFile; ///< PEM CA certificates the server's certificate must chain to; empty: the system's
    QString bindDn;
    QString baseDn;
    QString filter;
    QString mapEmail = QStringLiteral("mail");
    QString mapName = QStringLiteral("displayName");
    QString mapUpn = QStringLiteral("userPrincipalName");
    /// userAccountControl (bit 2), another attribute whose value TRUE/yes/1/disabled marks a
    /// disabled person, or empty (nobody is disabled by the directory).
    QString mapDisabled = QStringLiteral("userAccountControl");
    /// The internal domains the connector may write; empty: every internal domain of the account.
    QStringList domains;
    int scheduleMinutes = 0; ///< 0: runs only when asked
    int version = 0; ///< 0: not configured yet
    QString changedBy;
    QString changedAt;

    // The state of the runs.
    QString serverIdentity; ///< the base entry's entryUUID/objectGUID at the last applied run
    QString settingsKey; ///< what the last applied run searched (a change means a full run)
    QString watermark; ///< highest modifyTimestamp or uSNChanged applied; empty: next run is full
    QString lastRunAt;
    QString lastResult; ///< "applied", "preview", "failed" or "cancelled"; empty: never ran
    QString lastMessage;
    QJsonObject lastCounts;
    qint64 lastDurationMs = 0;

    [[nodiscard]] bool isConfigured() const { return version > 0; }
    /// What the search depends on: when it differs from settingsKey the next run is full.
    [[nodiscard]] QString searchKey() const;
    [[nodiscard]] bool disabledByAccountControl() const
    {
        return mapDisabled.compare(QLatin1String("userAccountControl"), Qt::CaseInsensitive) == 0;
    }

    static QString activeDirectoryFilter()
    {
        return QStringLiteral("(&(objectCategory=person)(objectClass=user)(mail=*))");
    }
    static QString openLdapFilter() { return QStringLiteral("(&(objectClass=inetOrgPerson)(mail=*))"); }
    /// Settings for an Active Directory domain controller or an OpenLDAP server.
    static DirectoryConnector activeDirectoryDefaults();
    static DirectoryConnector openLdapDefaults();
};

} // namespace warden
