#include "RoleMembersModel.h"

#include "CoreServices.h"

namespace warden {

RoleMembersModel::RoleMembersModel(CoreServices& core, Actor actor, QObject* parent)
    : QAbstractTableModel(parent)
    , m_core(core)
    , m_actor(std::move(actor))
{
    connect(&m_core.notifier(), &ChangeNotifier::membersChanged, this, [this](qint64 roleId) {
        if (roleId == m_roleId) {
            setRole(roleId);
        }
    });
}

void RoleMembersModel::setRole(qint64 roleId)
{
    beginResetModel();
    m_roleId = roleId;
    m_members.clear();
    m_afterEmail.clear();
    m_hasMore = roleId != 0;
    m_members = readPage();
    endResetModel();
}

QList<User> RoleMembersModel::readPage()
{
    if (!m_hasMore) {
        return {};
    }
    auto page = m_core.roles().members(m_actor, m_roleId, m_afterEmail, kPageSize);
    if (!page || page.value().members.isEmpty()) {
        m_hasMore = false;
        return {};
    }
    m_afterEmail = page.value().nextAfterEmail;
    m_hasMore = page.value().hasMore;
    return page.value().members;
}

bool RoleMembersModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore;
}

void RoleMembersModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    const QList<User> members = readPage();
    if (members.isEmpty()) {
        return;
    }
    beginInsertRows({}, int(m_members.size()), int(m_members.size() + members.size()) - 1);
    m_members += members;
    endInsertRows();
}

int RoleMembersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int RoleMembersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoleMembersModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const User& user = m_members.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return user.displayName;
        case EmailColumn:
            return user.email;
        case StatusColumn:
            //: A member's state in the directory (adjective), in the Status column.
            return user.disabled ? tr("Disabled") : tr("Active");
        default:
            return {};
        }
    case IdRole:
        return user.id;
    case EmailRole:
        return user.email;
    default:
        return {};
    }
}

QVariant RoleMembersModel::headerData(int section, Qt::Orientation orientation, int role) const
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

} // namespace warden
