#include "DirectoryReader.h"

#include <QDateTime>
#include <QElapsedTimer>

namespace warden {

namespace {

constexpr qsizetype kBatch = 500;
constexpr size_t kQueuedBatches = 8;

const QString kUsnPrefix = QStringLiteral("usn:");
const QString kTimestampPrefix = QStringLiteral("ts:");
const QString kCsnPrefix = QStringLiteral("csn:");

/// `csn` (OpenLDAP's entryCSN: "YYYYmmddHHMMSS.ffffffZ#…") moved `back` milliseconds earlier.
QString csnBefore(const QString& csn, qint64 back)
{
    QDateTime at = QDateTime::fromString(csn.left(18), QStringLiteral("yyyyMMddHHmmss.zzz"));
    if (!at.isValid()) {
        return csn;
    }
    at.setTimeSpec(Qt::UTC);
    return at.addMSecs(-back).toString(QStringLiteral("yyyyMMddHHmmss.zzz")) + QStringLiteral("000Z#000000#000#000000");
}

bool isTrue(const QString& value)
{
    const QString lower = value.trimmed().toLower();
    return lower == QLatin1String("true") || lower == QLatin1String("yes") || lower == QLatin1String("1")
        || lower == QLatin1String("disabled");
}

} // namespace

DirectoryReader::DirectoryReader(Plan plan)
    : m_plan(std::move(plan))
{ }

DirectoryReader::~DirectoryReader()
{
    cancel();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void DirectoryReader::start()
{
    m_thread = std::thread([this] { run(); });
}

void DirectoryReader::cancel()
{
    m_cancelled = true;
    m_changed.notify_all();
}

QString DirectoryReader::incrementalFilter(const DirectoryConnector& connector)
{
    const QString& mark = connector.watermark;
    if (mark.startsWith(kUsnPrefix)) {
        return QStringLiteral("(&%1(uSNChanged>=%2))").arg(connector.filter).arg(mark.mid(4).toLongLong() + 1);
    }
    if (mark.startsWith(kCsnPrefix)) {
        return QStringLiteral("(&%1(entryCSN>=%2))").arg(connector.filter, mark.mid(4));
    }
    if (mark.startsWith(kTimestampPrefix)) {
        return QStringLiteral("(&%1(modifyTimestamp>=%2))").arg(connector.filter, mark.mid(3));
    }
    return {};
}

void DirectoryReader::run()
{
    Status outcome = read();
    std::lock_guard lock(m_mutex);
    m_outcome = std::move(outcome);
    m_ended = true;
    m_changed.notify_all();
}

Status DirectoryReader::read()
{
    LdapSession session;
    if (auto opened = session.open(m_plan.session); !opened) {
        return opened;
    }
    auto base = session.readBase(m_plan.connector.baseDn, {QStringLiteral("entryUUID"), QStringLiteral("objectGUID")});
    if (!base) {
        return base.refusal();
    }
    QString identity = base.value().first(QStringLiteral("entryUUID"));
    if (identity.isEmpty() && base.value().has(QStringLiteral("objectGUID"))) {
        identity = QString::fromLatin1(base.value().values.value(QStringLiteral("objectguid")).first().toHex());
    }
    {
        std::lock_guard lock(m_mutex);
        m_identity = identity;
    }
    if (auto root = session.readBase(QString(), {QStringLiteral("highestCommittedUSN")}); root) {
        const QString usn = root.value().first(QStringLiteral("highestCommittedUSN"));
        m_startUsn = usn.isEmpty() ? -1 : usn.toLongLong();
    }
    QElapsedTimer searchTime;
    searchTime.start();
    const QString incremental = incrementalFilter(m_plan.connector);
    const bool full =
        m_plan.forceFull || incremental.isEmpty() || identity.isEmpty() || identity != m_plan.connector.serverIdentity;
    m_full = full;
    const DirectoryConnector& c = m_plan.connector;
    QStringList attributes {c.mapEmail,
                            QStringLiteral("entryUUID"),
                            QStringLiteral("objectGUID"),
                            QStringLiteral("entryCSN"),
                            QStringLiteral("modifyTimestamp"),
                            QStringLiteral("uSNChanged")};
    for (const QString& mapped : {c.mapName, c.mapUpn, c.mapDisabled}) {
        if (!mapped.isEmpty()) {
            attributes.append(mapped);
        }
    }
    if (c.mapName.compare(QLatin1String("cn"), Qt::CaseInsensitive) != 0) {
        attributes.append(QStringLiteral("cn"));
    }
    QList<DirectoryPerson> batch;
    batch.reserve(kBatch);
    auto searched = session.search(
        c.baseDn, full ? c.filter : incremental, attributes, m_plan.pageSize,
        [&](const LdapEntry& entry) {
            batch.append(map(entry));
            if (batch.size() >= kBatch) {
                QList<DirectoryPerson> ready;
                ready.swap(batch);
                batch.reserve(kBatch);
                return push(std::move(ready));
            }
            return !m_cancelled.load();
        },
        &m_cancelled);
    m_searchMs = searchTime.elapsed();
    if (!searched) {
        return searched;
    }
    if (!batch.isEmpty() && !push(std::move(batch))) {
        return Refusal {Refusal::Kind::BadInput, LdapSession::tr("Cancelled.")};
    }
    return {};
}

DirectoryPerson DirectoryReader::map(const LdapEntry& entry)
{
    const DirectoryConnector& c = m_plan.connector;
    DirectoryPerson person;
    person.dn = entry.dn;
    person.key = entry.first(QStringLiteral("entryUUID"));
    if (person.key.isEmpty() && entry.has(QStringLiteral("objectGUID"))) {
        person.key = QString::fromLatin1(entry.values.value(QStringLiteral("objectguid")).first().toHex());
    }
    if (person.key.isEmpty()) {
        person.key = entry.dn.toLower();
    }
    person.email = entry.first(c.mapEmail).trimmed();
    person.displayName = entry.first(c.mapName).simplified();
    if (person.displayName.isEmpty()) {
        person.displayName = entry.first(QStringLiteral("cn")).simplified();
    }
    if (!c.mapUpn.isEmpty()) {
        person.upn = entry.first(c.mapUpn).trimmed();
    }
    if (c.disabledByAccountControl()) {
        person.disabled = (entry.first(c.mapDisabled).toULongLong() & DirectoryConnector::kAccountDisabledBit) != 0;
    } else if (!c.mapDisabled.isEmpty()) {
        person.disabled = isTrue(entry.first(c.mapDisabled));
    }
    if (const QString usn = entry.first(QStringLiteral("uSNChanged")); !usn.isEmpty()) {
        m_highestUsn = std::max(m_highestUsn, usn.toLongLong());
    } else if (const QString csn = entry.first(QStringLiteral("entryCSN")); !csn.isEmpty()) {
        if (csn > m_highestCsn) {
            m_highestCsn = csn;
        }
    } else if (const QString stamp = entry.first(QStringLiteral("modifyTimestamp"));
               !stamp.isEmpty() && stamp > m_highestTimestamp) {
        m_highestTimestamp = stamp;
    }
    return person;
}

bool DirectoryReader::push(QList<DirectoryPerson>&& batch)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < kQueuedBatches || m_cancelled.load(); });
    if (m_cancelled.load()) {
        return false;
    }
    m_queue.push_back(std::move(batch));
    m_changed.notify_all();
    return true;
}

DirectoryReader::Next DirectoryReader::next(QList<DirectoryPerson>& batch, int waitMs)
{
    std::unique_lock lock(m_mutex);
    if (!m_changed.wait_for(lock, std::chrono::milliseconds(waitMs), [this] { return !m_queue.empty() || m_ended; })) {
        return Next::Waiting;
    }
    if (m_queue.empty()) {
        return Next::Ended;
    }
    batch = std::move(m_queue.front());
    m_queue.pop_front();
    m_changed.notify_all();
    return Next::Batch;
}

Status DirectoryReader::outcome() const
{
    std::lock_guard lock(m_mutex);
    return m_outcome;
}

QString DirectoryReader::serverIdentity() const
{
    std::lock_guard lock(m_mutex);
    return m_identity;
}

QString DirectoryReader::highestMark() const
{
    std::lock_guard lock(m_mutex);
    if (!m_ended) {
        return {};
    }
    // Active Directory: the server's highest USN before the search began, so that what changed
    // while it ran is read again next time.
    if (m_startUsn >= 0) {
        return kUsnPrefix + QString::number(m_startUsn);
    }
    if (m_highestUsn >= 0) {
        return kUsnPrefix + QString::number(m_highestUsn);
    }
    // OpenLDAP: the newest entryCSN read, moved back by the run's length — an entry changed
    // while the search ran, after its page was read, has a CSN at least that recent.
    if (!m_highestCsn.isEmpty()) {
        return kCsnPrefix + csnBefore(m_highestCsn, m_searchMs + 1000);
    }
    return m_highestTimestamp.isEmpty() ? m_plan.connector.watermark : kTimestampPrefix + m_highestTimestamp;
}

} // namespace warden
