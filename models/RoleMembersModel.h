#pragma once

#include "authorization/Actor.h"
#include "domain/User.h"

#include <QAbstractTableModel>

namespace warden {

class CoreServices;

/// The members of one role as a table (name, address, status), ordered by address and paged
/// in with fetchMore; reloads when the core announces a membership change of that role.
class RoleMembersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, EmailColumn, StatusColumn, ColumnCount };
    enum Roles {
        IdRole = Qt::UserRole + 1, ///< qint64 user id
        EmailRole, ///< primary SMTP address
    };
    static constexpr int kPageSize = 200;

    RoleMembersModel(CoreServices& core, Actor actor, QObject* parent = nullptr);

    void setRole(qint64 roleId);
    [[nodiscard]] qint64 roleId() const { return m_roleId; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    [[nodiscard]] QList<User> readPage();

    CoreServices& m_core;
    Actor m_actor;
    qint64 m_roleId = 0;
    QList<User> m_members;
    QString m_afterEmail;
    bool m_hasMore = false;
};

} // namespace warden
