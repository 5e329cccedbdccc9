#include "PrivatePostgres.h"

#include <QDir>
#include <QProcess>
#include <QTcpServer>
#include <QVersionNumber>
#include <unistd.h>

namespace warden::test {

namespace {

/// The newest installed server's bin folder (Debian: /usr/lib/postgresql/<major>/bin).
QString serverBin()
{
    const QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QString newest;
    QVersionNumber newestVersion;
    for (const QString& entry : versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QVersionNumber version = QVersionNumber::fromString(entry);
        if (QFileInfo::exists(versions.filePath(entry + QStringLiteral("/bin/pg_ctl"))) && version > newestVersion) {
            newestVersion = version;
            newest = versions.filePath(entry + QStringLiteral("/bin"));
        }
    }
    return newest;
}

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

PrivatePostgres::PrivatePostgres()
    : m_bin(serverBin())
    , m_user(::getuid() == 0 ? QStringLiteral("postgres") : qEnvironmentVariable("USER"))
    , m_port(freePort())
{
    if (m_bin.isEmpty() || !m_dir.isValid()) {
        m_problem = QStringLiteral("no PostgreSQL server is installed (or no temporary folder)");
        return;
    }
    if (::getuid() == 0 && QProcess::execute(QStringLiteral("chown"), {m_user, m_dir.path()}) != 0) {
        m_problem = QStringLiteral("cannot give the data folder to the postgres user");
        return;
    }
    QProcess initdb;
    QStringList arguments {QStringLiteral("-D"),           m_dir.filePath(QStringLiteral("data")),
                           QStringLiteral("-U"),           m_user,
                           QStringLiteral("--auth=trust"), QStringLiteral("-E"),
                           QStringLiteral("UTF8"),         QStringLiteral("--locale=C.UTF-8")};
    if (::getuid() == 0) {
        initdb.start(QStringLiteral("runuser"),
                     QStringList {QStringLiteral("-u"), m_user, QStringLiteral("--"), m_bin + QStringLiteral("/initdb")}
                         + arguments);
    } else {
        initdb.start(m_bin + QStringLiteral("/initdb"), arguments);
    }
    if (!initdb.waitForFinished(120000) || initdb.exitCode() != 0) {
        m_problem = QStringLiteral("initdb failed: ") + QString::fromLocal8Bit(initdb.readAllStandardError());
        return;
    }
    if (!start()) {
        m_problem = QStringLiteral("the server did not start; see ") + m_dir.filePath(QStringLiteral("server.log"));
    }
}

PrivatePostgres::~PrivatePostgres()
{
    if (!m_bin.isEmpty()) {
        pgCtl({QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")});
    }
}

QString PrivatePostgres::url() const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/postgres").arg(m_user).arg(m_port);
}

bool PrivatePostgres::pgCtl(const QStringList& arguments)
{
    const QStringList common {QStringLiteral("-D"),
                              m_dir.filePath(QStringLiteral("data")),
                              QStringLiteral("-l"),
                              m_dir.filePath(QStringLiteral("server.log")),
                              QStringLiteral("-w"),
                              QStringLiteral("-t"),
                              QStringLiteral("60"),
                              QStringLiteral("-o"),
                              QStringLiteral("-h 127.0.0.1 -p %1 -k %2").arg(m_port).arg(m_dir.path())};
    QProcess ctl;
    if (::getuid() == 0) {
        ctl.start(QStringLiteral("runuser"),
                  QStringList {QStringLiteral("-u"), m_user, QStringLiteral("--"), m_bin + QStringLiteral("/pg_ctl")}
                      + common + arguments);
    } else {
        ctl.start(m_bin + QStringLiteral("/pg_ctl"), common + arguments);
    }
    return ctl.waitForFinished(90000) && ctl.exitStatus() == QProcess::NormalExit && ctl.exitCode() == 0;
}

bool PrivatePostgres::restart()
{
    return pgCtl({QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("restart")});
}

bool PrivatePostgres::stop()
{
    return pgCtl({QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("stop")});
}

bool PrivatePostgres::start()
{
    return pgCtl({QStringLiteral("start")});
}

} // namespace warden::test
