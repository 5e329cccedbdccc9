#include "PrivateSlapd.h"

#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <unistd.h>

namespace warden::test {

namespace {

const char* const kRootDn = "cn=admin,dc=example,dc=org";
const char* const kRootPassword = "root-secret";

int freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

bool writeFile(const QString& path, const QByteArray& text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}

} // namespace

QString PrivateSlapd::person(const QString& uid, const QString& mail, const QString& name, const QString& extra)
{
    QString ldif = QStringLiteral("dn: uid=%1,%2\nobjectClass: inetOrgPerson\nuid: %1\ncn: %3\nsn: %3\n")
                       .arg(uid, QString::fromLatin1(kPeople), name);
    if (!mail.isEmpty()) {
        ldif += QStringLiteral("mail: %1\n").arg(mail);
    }
    return ldif + extra + QStringLiteral("\n");
}

PrivateSlapd::PrivateSlapd(const QString& seedLdif, int sizeLimit)
{
    if (::getuid() == 0) {
        QProcess id;
        id.start(QStringLiteral("id"), {QStringLiteral("openldap")});
        m_dropPrivileges = id.waitForFinished(10000) && id.exitCode() == 0;
    }
    const QString dir = m_dir.path();
    if (!QDir().mkpath(dir + QStringLiteral("/data")) || !makeCertificates()) {
        m_problem = m_problem.isEmpty() ? QStringLiteral("cannot prepare %1").arg(dir) : m_problem;
        return;
    }
    m_port = freePort();
    m_tlsPort = freePort();
    const QString config = QStringLiteral("include /etc/ldap/schema/core.schema\n"
                                          "include /etc/ldap/schema/cosine.schema\n"
                                          "include /etc/ldap/schema/inetorgperson.schema\n"
                                          "include /etc/ldap/schema/nis.schema\n"
                                          "modulepath /usr/lib/ldap\n"
                                          "moduleload back_mdb\n"
                                          "pidfile %1/slapd.pid\n"
                                          "TLSCACertificateFile %1/ca.pem\n"
                                          "TLSCertificateFile %1/server.pem\n"
                                          "TLSCertificateKeyFile %1/server.key\n"
                                          "sizelimit size.soft=%2 size.hard=%2 size.prtotal=unlimited\n"
                                          "access to attrs=userPassword by anonymous auth by * none\n"
                                          "access to * by dn.exact=\"%3\" read by * none\n"
                                          "database mdb\n"
                                          "maxsize 2147483648\n"
                                          "suffix \"%4\"\n"
                                          "rootdn \"%5\"\n"
                                          "rootpw %6\n"
                                          "directory %1/data\n"
                                          "index objectClass eq\n"
                                          "index mail eq\n")
                               .arg(dir)
                               .arg(sizeLimit)
                               .arg(QString::fromLatin1(kSyncDn), QString::fromLatin1(kBase),
                                    QString::fromLatin1(kRootDn), QString::fromLatin1(kRootPassword));
    const QString base = QStringLiteral("dn: %1\nobjectClass: dcObject\nobjectClass: organization\no: Example\n"
                                        "dc: example\n\n"
                                        "dn: %2\nobjectClass: organizationalRole\nobjectClass: simpleSecurityObject\n"
                                        "cn: sync\nuserPassword: %3\n\n"
                                        "dn: %4\nobjectClass: organizationalUnit\nou: people\n\n")
                             .arg(QString::fromLatin1(kBase), QString::fromLatin1(kSyncDn),
                                  QString::fromLatin1(kSyncPassword), QString::fromLatin1(kPeople));
    if (!writeFile(dir + QStringLiteral("/slapd.conf"), config.toUtf8())
        || !writeFile(dir + QStringLiteral("/seed.ldif"), (base + seedLdif).toUtf8())) {
        m_problem = QStringLiteral("cannot write the configuration");
        return;
    }
    if (!run(QStringLiteral("slapadd"),
             {QStringLiteral("-q"), QStringLiteral("-f"), dir + QStringLiteral("/slapd.conf"), QStringLiteral("-l"),
              dir + QStringLiteral("/seed.ldif")})) {
        return;
    }
    if (m_dropPrivileges) {
        QProcess::execute(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("openldap:openldap"), dir});
    }
    start();
}

PrivateSlapd::~PrivateSlapd()
{
    kill();
}

bool PrivateSlapd::makeCertificates()
{
    const QString dir = m_dir.path();
    const QString ext = dir + QStringLiteral("/ext.cnf");
    if (!writeFile(ext, "subjectAltName=IP:127.0.0.1,DNS:localhost\n")) {
        return false;
    }
    const QStringList ec {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                          QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    for (const QString& ca : {QStringLiteral("ca"), QStringLiteral("other-ca")}) {
        if (!run(QStringLiteral("openssl"),
                 QStringList {QStringLiteral("req"), QStringLiteral("-x509")} + ec
                     + QStringList {QStringLiteral("-keyout"), dir + QStringLiteral("/%1.key").arg(ca),
                                    QStringLiteral("-out"), dir + QStringLiteral("/%1.pem").arg(ca),
                                    QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                                    QStringLiteral("/CN=Warden test %1").arg(ca)})) {
            return false;
        }
    }
    return run(QStringLiteral("openssl"),
               QStringList {QStringLiteral("req")} + ec
                   + QStringList {QStringLiteral("-keyout"), dir + QStringLiteral("/server.key"),
                                  QStringLiteral("-out"), dir + QStringLiteral("/server.csr"), QStringLiteral("-subj"),
                                  QStringLiteral("/CN=127.0.0.1")})
        && run(QStringLiteral("openssl"),
               {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                dir + QStringLiteral("/server.csr"), QStringLiteral("-CA"), dir + QStringLiteral("/ca.pem"),
                QStringLiteral("-CAkey"), dir + QStringLiteral("/ca.key"), QStringLiteral("-CAcreateserial"),
                QStringLiteral("-out"), dir + QStringLiteral("/server.pem"), QStringLiteral("-days"),
                QStringLiteral("2"), QStringLiteral("-extfile"), ext});
}

bool PrivateSlapd::run(const QString& program, const QStringList& arguments, const QByteArray& input)
{
    QProcess process;
    process.start(program, arguments);
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_problem = QStringLiteral("%1 failed: %2 %3")
                        .arg(program, QString::fromLocal8Bit(process.readAllStandardError()),
                             QString::fromLocal8Bit(process.readAllStandardOutput()));
        return false;
    }
    return true;
}

bool PrivateSlapd::start()
{
    kill();
    QStringList arguments {QStringLiteral("-d"), QStringLiteral("0"),
                           QStringLiteral("-f"), m_dir.path() + QStringLiteral("/slapd.conf"),
                           QStringLiteral("-h"), QStringLiteral("%1 %2").arg(url(), ldapsUrl())};
    if (m_dropPrivileges) {
        arguments << QStringLiteral("-u") << QStringLiteral("openldap") << QStringLiteral("-g")
                  << QStringLiteral("openldap");
    }
    m_server = std::make_unique<QProcess>();
    m_server->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_server->start(QStringLiteral("/usr/sbin/slapd"), arguments);
    if (!m_server->waitForStarted(10000)) {
        m_problem = QStringLiteral("slapd did not start");
        return false;
    }
    for (int i = 0; i < 200; ++i) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        if (probe.waitForConnected(100)) {
            m_problem.clear();
            return true;
        }
        if (m_server->state() == QProcess::NotRunning) {
            break;
        }
        QThread::msleep(50);
    }
    m_problem = QStringLiteral("slapd is not listening on %1").arg(m_port);
    return false;
}

void PrivateSlapd::kill()
{
    if (m_server && m_server->state() != QProcess::NotRunning) {
        m_server->kill();
        m_server->waitForFinished(10000);
    }
    m_server.reset();
}

bool PrivateSlapd::modify(const QString& ldif)
{
    return run(QStringLiteral("ldapmodify"),
               {QStringLiteral("-x"), QStringLiteral("-a"), QStringLiteral("-H"), url(), QStringLiteral("-D"),
                QString::fromLatin1(kRootDn), QStringLiteral("-w"), QString::fromLatin1(kRootPassword)},
               ldif.toUtf8());
}

DirectoryConnector PrivateSlapd::connector(qint64 accountId) const
{
    DirectoryConnector c = DirectoryConnector::openLdapDefaults();
    c.accountId = accountId;
    c.url = url();
    c.bindDn = QString::fromLatin1(kSyncDn);
    c.baseDn = QString::fromLatin1(kBase);
    return c;
}

QString PrivateSlapd::url() const
{
    return QStringLiteral("ldap://127.0.0.1:%1").arg(m_port);
}

QString PrivateSlapd::ldapsUrl() const
{
    return QStringLiteral("ldaps://127.0.0.1:%1").arg(m_tlsPort);
}

QString PrivateSlapd::caFile() const
{
    return m_dir.path() + QStringLiteral("/ca.pem");
}

QString PrivateSlapd::otherCaFile() const
{
    return m_dir.path() + QStringLiteral("/other-ca.pem");
}

} // namespace warden::test
