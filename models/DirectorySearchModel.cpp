#include "DirectorySearchModel.h"

#include "CoreServices.h"
#include "ReadableGrey.h"

namespace warden {

DirectorySearchModel::DirectorySearchModel(CoreServices& core, Actor actor, QObject* parent)
    : QAbstractTableModel(parent)
    , m_core(core)
    , m_actor(std::move(actor))
{ }

void DirectorySearchModel::search(qint64 accountId, qint64 roleId, const QString& text)
{
    if (accountId != m_accountId || roleId != m_roleId) {
        m_checked.clear();
        Q_EMIT checkedCountChanged(0);
    }
    m_accountId = accountId;
    m_roleId = roleId;
    m_text = text;
    m_afterId = 0;
    m_hasMore = true;
    beginResetModel();
    m_rows = loadPage();
    endResetModel();
}

QList<DirectorySearchModel::Row> DirectorySearchModel::loadPage()
{
    QList<Row> rows;
    auto page = m_source == Source::PartnerStaff
        ? m_core.partners().searchStaff(m_actor, m_accountId, m_text, m_afterId, kPageSize)
        : m_core.directory().search(m_actor, m_accountId, m_text, m_afterId, kPageSize);
    if (!page) {
        m_lastError = page.refusal().message;
        m_hasMore = false;
        return rows;
    }
    m_lastError.clear();
    QList<qint64> ids;
    for (const User& user : page.value().users) {
        ids.append(user.id);
    }
    QSet<qint64> memberIds;
    if (m_roleId != 0) {
        auto members = m_core.roles().membersAmong(m_actor, m_roleId, ids);
        memberIds = members ? members.value() : QSet<qint64>();
    }
    for (const User& user : page.value().users) {
        Row row {user, memberIds.contains(user.id), {}};
        if (row.member) {
            row.unavailable = tr("Already a member");
        } else if (const auto reason = m_unavailable.constFind(user.email.toLower()); reason != m_unavailable.cend()) {
            row.unavailable = reason.value();
        } else if (user.disabled) {
            row.unavailable = tr("Disabled");
        }
        rows.append(row);
    }
    m_afterId = page.value().nextAfterId;
    m_hasMore = page.value().hasMore;
    return rows;
}

bool DirectorySearchModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore && m_accountId != 0;
}

void DirectorySearchModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    const QList<Row> rows = loadPage();
    if (rows.isEmpty()) {
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
    m_rows += rows;
    endInsertRows();
}

int DirectorySearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DirectorySearchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DirectorySearchModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.user.displayName;
        case EmailColumn:
            return row.user.email;
        case StatusColumn:
            return row.unavailable;
        default:
            return {};
        }
    case Qt::CheckStateRole:
        if (index.column() != NameColumn || !m_checkable) {
            return {};
        }
        return row.member || m_checked.contains(row.user.email) ? Qt::Checked : Qt::Unchecked;
    case Qt::ForegroundRole:
        return row.unavailable.isEmpty() ? QVariant() : QVariant(readableGrey());
    case Qt::ToolTipRole:
        if (row.member) {
            return tr("%1 already holds this role.").arg(row.user.email);
        }
        return row.unavailable.isEmpty() ? row.user.email : tr("%1: %2").arg(row.user.email, row.unavailable);
    case UnavailableRole:
        return row.unavailable;
    case IdRole:
        return row.user.id;
    case EmailRole:
        return row.user.email;
    case AlreadyMemberRole:
        return row.member;
    default:
        return {};
    }
}

bool DirectorySearchModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || index.column() != NameColumn) {
        return false;
    }
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const Row& row = m_rows.at(index.row());
    if (!m_checkable || !row.unavailable.isEmpty()) {
        return false;
    }
    if (value.value<Qt::CheckState>() == Qt::Checked) {
        m_checked.insert(row.user.email);
    } else {
        m_checked.remove(row.user.email);
    }
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedCountChanged(int(m_checked.size()));
    return true;
}

Qt::ItemFlags DirectorySearchModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    const Row& row = m_rows.at(index.row());
    if (!row.unavailable.isEmpty()) {
        return Qt::ItemNeverHasChildren; // shown, but neither selectable nor checkable
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == NameColumn && m_checkable) {
        flags |= Qt::ItemIsUserCheckable;
    }
    return flags;
}

QVariant DirectorySearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email address");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

int DirectorySearchModel::setAllLoadedChecked(bool checked)
{
    int changed = 0;
    for (const Row& row : m_rows) {
        if (!row.unavailable.isEmpty()) {
            continue;
        }
        const bool was = m_checked.contains(row.user.email);
        if (checked && !was) {
            m_checked.insert(row.user.email);
            ++changed;
        } else if (!checked && was) {
            m_checked.remove(row.user.email);
            ++changed;
        }
    }
    if (changed > 0 && !m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, NameColumn), index(int(m_rows.size()) - 1, NameColumn), {Qt::CheckStateRole});
        Q_EMIT checkedCountChanged(int(m_checked.size()));
    }
    return changed;
}

QStringList DirectorySearchModel::checkedEmails() const
{
    QStringList emails(m_checked.begin(), m_checked.end());
    emails.sort();
    return emails;
}

} // namespace warden
