#pragma once

#include "DirectorySearchModel.h"
#include "authorization/Actor.h"

#include <QTimer>
#include <QWidget>

class QLineEdit;
class QTableView;

namespace warden {

class CoreServices;

/// The one directory-search component every dialog that asks for a person uses: a search box
/// (address prefix or any name word, searched as you type after a short pause) over a paged
/// results table. Down moves from the box into the results; Return in the box while a search is
/// pending runs it and submits nothing. Picking many ticks rows with Space or a double-click;
/// picking one selects a row (a double-click chooses it). People who cannot be picked are shown
/// greyed out with the reason.
class PeoplePicker : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Many, One };
    static constexpr int kDebounceMs = 250;

    PeoplePicker(CoreServices& core, const Actor& actor, Mode mode, QWidget* parent = nullptr);

    /// Searches `accountId` (its directory, or its partners' staff), marking members of `roleId`.
    void setScope(qint64 accountId, qint64 roleId = 0,
                  DirectorySearchModel::Source source = DirectorySearchModel::Source::AccountDirectory);
    /// People who cannot be picked, by lower-case address, with the reason shown.
    void setUnavailable(const QHash<QString, QString>& reasons);
    /// Puts `text` in the search box and searches at once; picking one, an exact address match
    /// becomes the chosen row.
    void setSearchText(const QString& text);
    /// Puts the search box and the results between `before` and `after` in the dialog's Tab order,
    /// where the picker sits in its layout.
    void placeInTabOrder(QWidget* before, QWidget* after);
    /// Runs a search still waiting for the typing pause; true when there was one.
    bool runPendingSearch();

    /// Picking one: the chosen row's address; with no row chosen, what was typed when it is a
    /// whole address (the core says whether it is known).
    [[nodiscard]] QString chosenEmail() const;
    /// Picking one: whether a person in the results is chosen (not only an address typed).
    [[nodiscard]] bool hasChosenPerson() const;
    /// Picking one: the chosen row's display name, or empty.
    [[nodiscard]] QString chosenName() const;
    /// Picking many: the ticked addresses, across searches.
    [[nodiscard]] QStringList checkedEmails() const { return m_model->checkedEmails(); }

    [[nodiscard]] QLineEdit* searchLineEdit() const { return m_search; }
    [[nodiscard]] QTableView* resultsView() const { return m_results; }
    [[nodiscard]] DirectorySearchModel* model() const { return m_model; }

Q_SIGNALS:
    /// Picking one: the chosen person changed (or typing changed what chosenEmail() returns).
    void chosenChanged();
    /// Picking one: a row was double-clicked, as if the dialog's default button was pressed.
    void chosenActivated();
    /// A search finished (the results were replaced).
    void searched();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void runSearch();
    /// Picking one: makes the row whose address is what was typed the chosen one.
    void chooseExactMatch();

    Mode m_mode;
    qint64 m_accountId = 0;
    qint64 m_roleId = 0;
    QLineEdit* m_search;
    QTableView* m_results;
    DirectorySearchModel* m_model;
    QTimer m_debounce;
};

} // namespace warden
