#pragma once

#include "domain/DirectoryConnector.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace warden::test {

/// An OpenLDAP server of one test's own: slapd started from a slapd.conf in a temporary folder
/// on two loopback ports (ldap:// with StartTLS, and ldaps://) with a certificate from a CA made
/// for it, an mdb database under dc=example,dc=org, the root DN for seeding and a read-only
/// sync identity, and a size limit (paged searches may go beyond it, as on Active Directory).
/// Runs as the openldap user when the test runs as root. Stopped and removed in the destructor.
class PrivateSlapd
{
public:
    static constexpr const char* kBase = "dc=example,dc=org";
    static constexpr const char* kPeople = "ou=people,dc=example,dc=org";
    static constexpr const char* kSyncDn = "cn=sync,dc=example,dc=org";
    static constexpr const char* kSyncPassword = "sync-secret";

    /// Writes the configuration and certificates and loads the base entries plus `seedLdif`
    /// (offline, with slapadd: fast for large directories), then starts the server.
    explicit PrivateSlapd(const QString& seedLdif = {}, int sizeLimit = 500);
    ~PrivateSlapd();
    PrivateSlapd(const PrivateSlapd&) = delete;
    PrivateSlapd& operator=(const PrivateSlapd&) = delete;

    [[nodiscard]] bool isValid() const { return m_problem.isEmpty(); }
    [[nodiscard]] QString problem() const { return m_problem; }
    [[nodiscard]] QString url() const;
    [[nodiscard]] QString ldapsUrl() const;
    /// The CA that signed the server's certificate.
    [[nodiscard]] QString caFile() const;
    /// A CA that signed nothing this server shows.
    [[nodiscard]] QString otherCaFile() const;

    /// Applies LDIF changes (ldapmodify as the root DN); entries without changetype are added.
    bool modify(const QString& ldif);
    /// Kills the server at once (a lost connection).
    void kill();
    bool start();

    /// OpenLDAP settings for a connector of `accountId` to this server (ldap://, the sync identity).
    [[nodiscard]] DirectoryConnector connector(qint64 accountId) const;

    /// One inetOrgPerson under ou=people.
    static QString person(const QString& uid, const QString& mail, const QString& name, const QString& extra = {});

private:
    bool run(const QString& program, const QStringList& arguments, const QByteArray& input = {});
    bool makeCertificates();

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_server;
    int m_port = 0;
    int m_tlsPort = 0;
    bool m_dropPrivileges = false;
    QString m_problem;
};

} // namespace warden::test
