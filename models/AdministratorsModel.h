#pragma once

#include "authorization/Actor.h"
#include "domain/Administrator.h"

#include <QAbstractTableModel>
#include <QList>

namespace warden {

class CoreServices;

/// The administrators of one account as Admin Management lists them: roles, sign-in method,
/// second factor, last sign-in and the backup flag. Reloads when the core announces a change
/// to the account's administrators or role members.
class AdministratorsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        EmailColumn,
        NameColumn,
        RolesColumn,
        MethodColumn,
        SecondFactorColumn,
        LastSignInColumn,
        BackupColumn,
        ColumnCount
    };
    /// Data roles beyond Qt::DisplayRole.
    enum Roles {
        UserIdRole = Qt::UserRole + 1, ///< qint64: the administrator's directory user id
        EmailRole, ///< QString
        IsBackupRole, ///< bool: a backup (break-glass) account
        HoldsProtectedRoleRole, ///< bool: changes to this admin go through a change request
    };

    AdministratorsModel(CoreServices& core, Actor actor, qint64 accountId, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] const AdministratorSummary* adminAt(int row) const;
    [[nodiscard]] int rowOf(const QString& email) const;
    /// Why the list could not be read (empty when it was).
    [[nodiscard]] QString loadError() const { return m_loadError; }

    static QString secondFactorText(SecondFactorState state);

public Q_SLOTS:
    void reload();

private:
    CoreServices& m_core;
    Actor m_actor;
    qint64 m_accountId;
    QList<AdministratorSummary> m_admins;
    QString m_loadError;
};

} // namespace warden
