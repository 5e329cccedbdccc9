#pragma once

#include "authorization/Actor.h"
#include "domain/ChangeRequest.h"

#include <QAbstractTableModel>
#include <QList>

namespace warden {

class CoreServices;

/// The protected-role change requests of one account, newest first, for the Requests view.
/// Reloads when the core announces a change to the account's requests.
class ChangeRequestsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        StatusColumn,
        ChangeColumn,
        RequestedByColumn,
        RequestedAtColumn,
        DecidedColumn,
        ColumnCount
    };
    /// Data roles beyond Qt::DisplayRole.
    enum Roles {
        RequestIdRole = Qt::UserRole + 1, ///< qint64
        StatusRole, ///< QString: changeRequestStatusKey()
        JustificationRole, ///< QString
    };

    ChangeRequestsModel(CoreServices& core, Actor actor, qint64 accountId, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] const ChangeRequest* requestAt(int row) const;
    [[nodiscard]] int rowOf(qint64 requestId) const;
    [[nodiscard]] QString loadError() const { return m_loadError; }
    /// "Add a@b to Full Administrator", "Turn federated content view on", …
    static QString describe(const ChangeRequest& request);

public Q_SLOTS:
    void reload();

private:
    CoreServices& m_core;
    Actor m_actor;
    qint64 m_accountId;
    QList<ChangeRequest> m_requests;
    QString m_loadError;
};

} // namespace warden
