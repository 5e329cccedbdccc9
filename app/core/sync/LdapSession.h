#pragma once

#include "../Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

struct ldap;
struct ldapmsg;

namespace warden {

/// One entry a search returned: its DN and the values of the attributes asked for, by lower-case
/// attribute name (binary values such as objectGUID as they came).
struct LdapEntry
{
    QString dn;
    QHash<QString, QList<QByteArray>> values;

    /// The first value of `attribute`, as UTF-8 text; empty when the entry has none.
    [[nodiscard]] QString first(const QString& attribute) const;
    [[nodiscard]] bool has(const QString& attribute) const { return values.contains(attribute.toLower()); }
};

/// A connection to an LDAP server through OpenLDAP's libldap: `ldap://` (StartTLS when asked)
/// or `ldaps://`, a simple bind, and subtree searches paged with the RFC 2696 control so that
/// a server's size limit does not cut the result short and memory stays flat. Blocking: use it
/// on a worker thread. Every failure becomes a Refusal of kind DirectoryServer that names the
/// cause (bind refused, TLS failure, unreachable, size or time limit, a filter the server
/// rejects); the bind password is never logged.
class LdapSession
{
    Q_DECLARE_TR_FUNCTIONS(LdapSession)

public:
    struct Settings
    {
        QString url; ///< ldap://host[:port] or ldaps://host[:port]
        bool startTls = false; ///< ldap:// only
        QString caFile; ///< PEM file of the CA that signed the server's certificate; empty: the system's
        QString bindDn;
        QByteArray bindPassword;
        int timeoutSeconds = 15;
    };
    /// Called with each entry; return false to stop the search (cancelled).
    using EntrySink = std::function<bool(const LdapEntry& entry)>;

    LdapSession() = default;
    LdapSession(const LdapSession&) = delete;
    LdapSession& operator=(const LdapSession&) = delete;
    ~LdapSession();

    /// Connects, negotiates TLS and binds.
    [[nodiscard]] Status open(const Settings& settings);
    /// The base object's own attributes (a base-scope search), e.g. its entryUUID.
    [[nodiscard]] Result<LdapEntry> readBase(const QString& dn, const QStringList& attributes);
    /// Every entry below `base` matching `filter`, `pageSize` at a time, handed to `sink` as it
    /// arrives. `cancelled` is looked at between entries and while waiting for the server.
    [[nodiscard]] Status search(const QString& base, const QString& filter, const QStringList& attributes, int pageSize,
                                const EntrySink& sink, const std::atomic_bool* cancelled = nullptr);
    void close();

private:
    /// The refusal for libldap result `code` while `doing` something, with the server's message.
    [[nodiscard]] Refusal failure(int code, const QString& doing, const QString& serverMessage = {}) const;
    [[nodiscard]] QString diagnostic() const;
    /// A search entry's DN and attribute values.
    [[nodiscard]] LdapEntry entryOf(ldapmsg* message) const;
    /// A page's final result: the cookie for the next page (empty after the last one).
    [[nodiscard]] Result<QByteArray> pageResult(ldapmsg* message) const;

    ::ldap* m_ld = nullptr;
    Settings m_settings;
};

} // namespace warden
