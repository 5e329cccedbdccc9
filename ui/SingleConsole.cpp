#include "SingleConsole.h"

#include "storage/Database.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>
#include <QMainWindow>
#include <QStandardPaths>
#include <QUrl>
#include <unistd.h>

namespace warden {

namespace {

/// The same database however it was written: an absolute file path, or the URL without password.
QString canonicalLocation(const QString& location)
{
    if (Database::isPostgresLocation(location)) {
        return QUrl(location).toString(QUrl::RemovePassword | QUrl::NormalizePathSegments);
    }
    const QFileInfo file(location);
    return file.exists() ? file.canonicalFilePath() : file.absoluteFilePath();
}

} // namespace

SingleConsole::SingleConsole(const QString& databaseLocation, QObject* parent)
    : QObject(parent)
    , m_name(serverName(databaseLocation))
{
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server.nextPendingConnection()) {
            socket->deleteLater();
        }
        Q_EMIT raiseRequested();
    });
}

SingleConsole::~SingleConsole() = default;

QString SingleConsole::serverName(const QString& databaseLocation)
{
    const QByteArray digest =
        QCryptographicHash::hash(canonicalLocation(databaseLocation).toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("warden-%1-%2").arg(::getuid()).arg(QString::fromLatin1(digest.toHex().left(16)));
}

bool SingleConsole::claim()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty()) {
        folder = QDir::tempPath();
    }
    m_lock = std::make_unique<QLockFile>(QDir(folder).filePath(m_name + QStringLiteral(".lock")));
    if (m_lock->tryLock(0)) {
        // A console that crashed may have left its socket behind.
        QLocalServer::removeServer(m_name);
        m_server.setSocketOptions(QLocalServer::UserAccessOption);
        m_server.listen(m_name);
        return true;
    }
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (socket.waitForConnected(3000)) {
        socket.write("raise\n");
        socket.waitForBytesWritten(1000);
        socket.disconnectFromServer();
    }
    return false;
}

void SingleConsole::raiseWindows()
{
    QWidget* front = QApplication::activeModalWidget();
    if (front == nullptr) {
        for (QWidget* window : QApplication::topLevelWidgets()) {
            if (window->isVisible() && (front == nullptr || qobject_cast<QMainWindow*>(window) != nullptr)) {
                front = window;
            }
        }
    }
    if (front != nullptr) {
        if (front->isMinimized()) {
            front->showNormal();
        }
        front->raise();
        front->activateWindow();
    }
}

} // namespace warden
