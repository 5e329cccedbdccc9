#include "ChangeFeed.h"

#include "../ChangeNotifier.h"
#include "../Logging.h"
#include "../storage/ChangeStore.h"
#include "../storage/Database.h"
#include "../storage/SqlErrors.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <utility>

namespace warden {

namespace {

const QString kListenerPurpose = QStringLiteral("feed");
/// How many rows one read takes; a longer backlog is read in several.
constexpr int kBatch = 5000;

} // namespace

ChangeFeed::ChangeFeed(Database& database, ChangeNotifier& notifier, QString origin, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_notifier(notifier)
    , m_origin(std::move(origin))
{
    connect(&m_timer, &QTimer::timeout, this, &ChangeFeed::check);
    m_soon.setSingleShot(true);
    m_soon.setInterval(30);
    connect(&m_soon, &QTimer::timeout, this, &ChangeFeed::catchUp);
}

ChangeFeed::~ChangeFeed()
{
    stop();
}

QSqlDatabase ChangeFeed::readConnection() const
{
    return m_database.dialect() == Database::Dialect::PostgreSQL ? m_listener : m_database.connection();
}

Status ChangeFeed::start(int intervalMs)
{
    stop();
    if (m_database.dialect() == Database::Dialect::PostgreSQL) {
        if (Status listening = listen(); !listening) {
            return listening;
        }
    }
    auto newest = ChangeStore(m_database, readConnection()).newest();
    if (!newest) {
        return newest.refusal();
    }
    m_lastSeq = newest.value();
    m_dataVersion = -1;
    m_online = true;
    m_started = true;
    m_timer.start(intervalMs);
    check();
    return {};
}

void ChangeFeed::stop()
{
    m_timer.stop();
    m_soon.stop();
    m_started = false;
    if (m_listener.isValid()) {
        if (m_listener.isOpen() && m_listener.driver() != nullptr) {
            m_listener.driver()->unsubscribeFromNotification(QString::fromLatin1(ChangeStore::kChannel));
        }
        disconnect(m_listener.driver(), nullptr, this, nullptr);
        m_listener = QSqlDatabase();
        m_database.closeSecondConnection(kListenerPurpose);
    }
}

Status ChangeFeed::listen()
{
    // A reconnect opens the same named connection again, with the same driver: connected once.
    if (m_listener.isValid()) {
        disconnect(m_listener.driver(), nullptr, this, nullptr);
    }
    m_listener = QSqlDatabase();
    auto opened = m_database.openSecondConnection(kListenerPurpose);
    if (!opened) {
        return opened.refusal();
    }
    m_listener = opened.value();
    QSqlDriver* driver = m_listener.driver();
    if (!driver->subscribeToNotification(QString::fromLatin1(ChangeStore::kChannel))) {
        return storageRefusal(driver->lastError(), "listening for other consoles' changes");
    }
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString&, QSqlDriver::NotificationSource, const QVariant&) {
                // Coalesced: a burst of commits is read once.
                if (!m_soon.isActive()) {
                    m_soon.start();
                }
            });
    return {};
}

void ChangeFeed::goOffline(const QString& problem)
{
    if (m_online) {
        logger("core.feed")->warn("the database server stopped answering: {}", problem.toStdString());
        m_online = false;
        Q_EMIT onlineChanged(false, problem);
    }
}

void ChangeFeed::check()
{
    if (!m_started || m_database.inTransaction()) {
        return;
    }
    if (m_database.dialect() == Database::Dialect::SQLite) {
        // Changes when another connection commits to the file; this console's own commits do not.
        QSqlQuery q(m_database.connection());
        if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next()) {
            return;
        }
        const qint64 version = q.value(0).toLongLong();
        q.finish();
        if (version != m_dataVersion) {
            m_dataVersion = version;
            catchUp();
        }
        return;
    }
    if (!m_online) {
        // Reconnect, resubscribe, and read whatever was committed meanwhile.
        if (Status listening = listen(); !listening) {
            return;
        }
        if (Status reconnected = m_database.ensureConnected(); !reconnected) {
            return;
        }
        logger("core.feed")->info("the database server answers again");
        m_online = true;
        Q_EMIT onlineChanged(true, {});
        catchUp();
        return;
    }
    // The liveness check doubles as a catch-up for a notification that never came.
    auto newest = ChangeStore(m_database, m_listener).newest();
    if (!newest) {
        goOffline(newest.refusal().message);
        return;
    }
    if (newest.value() > m_lastSeq) {
        catchUp();
    }
}

void ChangeFeed::catchUp()
{
    if (!m_started || !m_online) {
        return;
    }
    if (m_database.inTransaction()) {
        // Views must not reload half-way through this console's own write.
        m_soon.start();
        return;
    }
    ChangeStore store(m_database, readConnection());
    QList<ChangeRecord> remote;
    while (true) {
        auto rows = store.after(m_lastSeq, kBatch);
        if (!rows) {
            if (m_database.dialect() == Database::Dialect::PostgreSQL) {
                goOffline(rows.refusal().message);
            }
            break;
        }
        for (const ChangeRecord& record : std::as_const(rows.value())) {
            m_lastSeq = record.seq;
            if (record.origin != m_origin) {
                remote.append(record);
            }
        }
        if (rows.value().size() < kBatch) {
            break;
        }
    }
    if (!remote.isEmpty()) {
        announce(remote);
    }
}

void ChangeFeed::announce(const QList<ChangeRecord>& records)
{
    Q_EMIT received(records);
    // One announcement per changed object, however many rows named it.
    QSet<std::pair<int, qint64>> announced;
    bool audited = false;
    for (const ChangeRecord& record : records) {
        audited = audited || record.auditSeq != 0;
        if (!announced.contains({int(record.kind), record.objectId})) {
            announced.insert({int(record.kind), record.objectId});
            m_notifier.announce(record.kind, record.objectId);
        }
    }
    if (audited) {
        Q_EMIT m_notifier.auditAppended();
    }
}

} // namespace warden
