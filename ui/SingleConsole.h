#pragma once

#include <QLocalServer>
#include <QLockFile>
#include <QObject>
#include <memory>

namespace warden {

/// One console per database per user, as desktop admin tools behave: the first launch for a
/// database holds a lock file and listens on a local socket named after the database; a second
/// launch for the same database asks the first to come to the front and ends. A lock left by a
/// console that crashed is taken over.
class SingleConsole : public QObject
{
    Q_OBJECT

public:
    /// `databaseLocation`: a SQLite file or a postgresql:// URL, as given to the console.
    explicit SingleConsole(const QString& databaseLocation, QObject* parent = nullptr);
    ~SingleConsole() override;

    /// True when this is the first console for the database (it then raises its windows when
    /// another launch asks); false after asking the running console to come to the front.
    [[nodiscard]] bool claim();
    /// The local socket the first console for `databaseLocation` listens on.
    [[nodiscard]] static QString serverName(const QString& databaseLocation);
    /// Shows the application's active dialog, or its main window, in front.
    static void raiseWindows();

Q_SIGNALS:
    /// Another launch for the same database asked this console to come to the front.
    void raiseRequested();

private:
    QString m_name; ///< per user and database
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer m_server;
};

} // namespace warden
