#pragma once

#include "authorization/Actor.h"
#include "domain/User.h"

#include <QAbstractTableModel>
#include <QSet>

namespace warden {

class CoreServices;

/// Results of a directory search for the Add User to Role picker: pages of 50 by keyset on
/// the user id (canFetchMore/fetchMore), a check box per row, and users who already hold the
/// role shown checked and disabled. Searching is done by the core (FTS5 / btree prefixes).
class DirectorySearchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, EmailColumn, StatusColumn, ColumnCount };
    enum Roles {
        IdRole = Qt::UserRole + 1, ///< qint64 user id
        EmailRole, ///< primary SMTP address
        AlreadyMemberRole, ///< bool: holds the role already
    };

    static constexpr int kPageSize = 50;

    DirectorySearchModel(CoreServices& core, Actor actor, QObject* parent = nullptr);

    /// Starts a new search in `accountId`, marking members of `roleId`; loads the first page.
    void search(qint64 accountId, qint64 roleId, const QString& text);
    [[nodiscard]] QStringList checkedEmails() const;
    /// Ticks (or unticks) every selectable row loaded so far; returns how many changed.
    int setAllLoadedChecked(bool checked);
    [[nodiscard]] int checkedCount() const { return int(m_checked.size()); }
    [[nodiscard]] QString lastError() const { return m_lastError; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void checkedCountChanged(int count);

private:
    struct Row
    {
        User user;
        bool member = false;
    };
    [[nodiscard]] QList<Row> loadPage();

    CoreServices& m_core;
    Actor m_actor;
    qint64 m_accountId = 0;
    qint64 m_roleId = 0;
    QString m_text;
    qint64 m_afterId = 0;
    bool m_hasMore = false;
    QList<Row> m_rows;
    QSet<QString> m_checked; ///< addresses, kept across pages and searches
    QString m_lastError;
};

} // namespace warden
