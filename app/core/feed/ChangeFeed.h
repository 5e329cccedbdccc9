#pragma once

#include "../Result.h"
#include "../domain/ChangeRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTimer>

namespace warden {

class ChangeNotifier;
class Database;

/// Follows what other consoles commit to the same database and announces it through the
/// ChangeNotifier, so views reload what changed as if this console had changed it. PostgreSQL:
/// LISTEN on a connection of its own, woken by the NOTIFY each write sends at commit, plus a
/// check every few seconds that the server still answers (offline → reconnect, resubscribe,
/// catch up). SQLite: `PRAGMA data_version` about once a second. Either way the rows after the
/// newest one seen are read from `changes`, so nothing committed meanwhile is missed and this
/// console's own changes (already announced) are skipped. A burst is read and announced once.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    /// `origin`: this console's name in the feed (WritePath::origin()).
    ChangeFeed(Database& database, ChangeNotifier& notifier, QString origin, QObject* parent = nullptr);
    ~ChangeFeed() override;
    ChangeFeed(const ChangeFeed&) = delete;
    ChangeFeed& operator=(const ChangeFeed&) = delete;

    /// Starts following from the newest change now in the database; checks every `intervalMs`
    /// (SQLite's poll, PostgreSQL's liveness check and catch-up).
    [[nodiscard]] Status start(int intervalMs = 1000);
    void stop();
    [[nodiscard]] bool isOnline() const { return m_online; }
    [[nodiscard]] qint64 lastSeq() const { return m_lastSeq; }
    /// Reads what other consoles committed after lastSeq() and announces it; later when this
    /// console is inside a write of its own.
    void catchUp();

Q_SIGNALS:
    /// Changes of other consoles, oldest first, before they are announced.
    void received(const QList<warden::ChangeRecord>& records);
    /// The database server stopped answering (`problem` says how) or answers again.
    void onlineChanged(bool online, const QString& problem);

private:
    void check();
    [[nodiscard]] Status listen();
    void goOffline(const QString& problem);
    void announce(const QList<ChangeRecord>& records);
    [[nodiscard]] QSqlDatabase readConnection() const;

    Database& m_database;
    ChangeNotifier& m_notifier;
    QString m_origin;
    QTimer m_timer;
    QTimer m_soon; ///< coalesces a burst of notifications into one read
    QSqlDatabase m_listener; ///< PostgreSQL only
    qint64 m_lastSeq = 0;
    qint64 m_dataVersion = -1; ///< SQLite only
    bool m_online = true;
    bool m_started = false;
};

} // namespace warden
