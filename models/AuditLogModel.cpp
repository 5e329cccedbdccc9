#include "AuditLogModel.h"

#include "AuditEntryText.h"
#include "CoreServices.h"

#include <QLocale>

namespace warden {

AuditLogModel::AuditLogModel(CoreServices& core, Actor viewer, QObject* parent)
    : QAbstractTableModel(parent)
    , m_core(core)
    , m_viewer(std::move(viewer))
{
    ChangeNotifier& notifier = m_core.notifier();
    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(0);
    connect(&m_reloadSoon, &QTimer::timeout, this, &AuditLogModel::reload);
    const auto reloadSoon = [this] { m_reloadSoon.start(); };
    connect(&notifier, &ChangeNotifier::auditAppended, this, reloadSoon);
    connect(&notifier, &ChangeNotifier::accountsChanged, this, reloadSoon);
    connect(&notifier, &ChangeNotifier::rolesChanged, this, reloadSoon);
    connect(&notifier, &ChangeNotifier::membersChanged, this, reloadSoon);
    connect(&notifier, &ChangeNotifier::directoryChanged, this, reloadSoon);
    m_filter.newestFirst = true;
    m_filter.limit = kPageSize;
    reload();
}

void AuditLogModel::setFilter(const AuditFilter& filter)
{
    m_filter = filter;
    m_filter.newestFirst = true;
    m_filter.limit = kPageSize;
    reload();
}

void AuditLogModel::reload()
{
    // The first page is read inside the reset: one signal, and views never see an empty log.
    beginResetModel();
    m_entries.clear();
    m_hasMore = true;
    m_entries = readPage();
    endResetModel();
}

QList<AuditEntry> AuditLogModel::readPage()
{
    AuditFilter page = m_filter;
    page.limit = kPageSize;
    page.beforeSeq = m_entries.isEmpty() ? 0 : m_entries.last().seq;
    auto entries = m_core.audit().list(m_viewer, page);
    if (!entries || entries.value().isEmpty()) {
        m_hasMore = false;
        return {};
    }
    m_hasMore = entries.value().size() == kPageSize;
    return entries.value();
}

bool AuditLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore;
}

void AuditLogModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    const QList<AuditEntry> entries = readPage();
    if (entries.isEmpty()) {
        return;
    }
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + entries.size()) - 1);
    m_entries += entries;
    endInsertRows();
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const AuditEntry& entry = m_entries.at(index.row());
    switch (role) {
    case SeqRole:
        return entry.seq;
    case ActorRole:
        return entry.actor;
    case ActionRole:
        return entry.action;
    case TargetRole:
        return entry.target;
    case AccountCodeRole:
        return entry.accountCode;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case SeqColumn:
        return entry.seq;
    case TimeColumn:
        return role == Qt::ToolTipRole ? entry.at.toString(Qt::ISODateWithMs)
                                       : QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
    case SentenceColumn:
        return AuditEntryText::sentence(entry);
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case SeqColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time");
    case SentenceColumn:
        //: Audit log column: the entry as a sentence.
        return tr("What happened");
    default:
        return {};
    }
}

} // namespace warden
