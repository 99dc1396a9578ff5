"""Charts of one page's tables: one function per chart, a table in, a
matplotlib ``Figure`` out.

Each chart has a data function that turns the stage's table (the CSV's
columns) into the small table it draws; ``save_figure`` writes that table
next to the PNG so that a reader can check every bar. Figures are built
with ``matplotlib.figure.Figure`` (no pyplot state) inside ``cjk_style()``,
so Chinese labels render with the bundled font wherever they are drawn.
"""
from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from .fonts import cjk_style
from .tables import write_csv
from .topics import Topic, load_taxonomy, shares

RELATIONS = ("agree", "partial", "contradict", "new", "unrelated")
RELATION_COLORS = {
    "agree": "#2e7d32", "partial": "#9ccc65", "contradict": "#c62828", "new": "#1565c0",
    "unrelated": "#bdbdbd",
}
QUESTION_STATUSES = ("answered", "partial", "unanswered", "")
STATUS_COLORS = {"answered": "#2e7d32", "partial": "#f9a825", "unanswered": "#c62828", "": "#9e9e9e"}
ARTICLE_COLOR = "#37474f"
COMMENT_COLOR = "#ef6c00"
QUESTION_LABEL_CHARS = 26
PNG_METADATA = {"Software": None}
# A chart with one bar or row per comment, question or section shows at most
# this many (the busiest ones); its CSV keeps them all. A page with thousands
# of comments would otherwise give a figure taller than any image can be.
MAX_ROWS = 40


# ---------------------------------------------------------------- helpers


class ChartFigure(Figure):
    """A matplotlib Figure that shows itself as a PNG in notebooks and HTML
    reports without pyplot, drawn with the bundled font."""

    def _repr_png_(self) -> bytes:
        buffer = io.BytesIO()
        with cjk_style():
            self.savefig(buffer, format="png", metadata=PNG_METADATA)
        return buffer.getvalue()



def _split(cell) -> list[str]:
    if cell is None or (isinstance(cell, float) and np.isnan(cell)):
        return []
    return [part for part in str(cell).split(";") if part]


def _labels(taxonomy: Sequence[Topic] | None) -> dict[str, str]:
    return {t.id: t.label for t in (taxonomy if taxonomy is not None else load_taxonomy())}


def _busiest(table: pd.DataFrame, weight: Callable[[pd.DataFrame], pd.Series],
             limit: int = MAX_ROWS) -> tuple[pd.DataFrame, str]:
    """The ``limit`` rows of largest ``weight(table)`` in their table order,
    and a note for the title when rows were left out."""
    if len(table) <= limit:
        return table, ""
    keep = weight(table).astype(float).sort_values(ascending=False, kind="stable").index[:limit]
    return table.loc[sorted(keep)], f" ({limit} of {len(table)}, the busiest)"


def _bar_chart(rows: int, row_height: float, title: str, xlabel: str, ylabel: str, base: float = 1.4):
    """A figure and axes for horizontal bars, one row a bar; call inside ``cjk_style()``."""
    fig = ChartFigure(figsize=(7.5, base + row_height * max(rows, 1)), layout="constrained")
    ax = fig.add_subplot()
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    return fig, ax


def _empty(fig: Figure, ax, message: str) -> Figure:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#757575")
    ax.set_xticks([])
    ax.set_yticks([])
    return fig


def _comment_name(comment_id) -> str:
    """评论 3 for a comment id read back from a CSV as 3, "3" or 3.0."""
    number = pd.to_numeric(pd.Series([comment_id]), errors="coerce").iloc[0]
    return f"评论 {int(number)}" if pd.notna(number) else f"评论 {comment_id}"


def _shorten(text: str, limit: int = QUESTION_LABEL_CHARS) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---------------------------------------------------------------- section × topic


def section_topic_counts(claims_df: pd.DataFrame, taxonomy: Sequence[Topic] | None = None,
                         sections_df: pd.DataFrame | None = None) -> pd.DataFrame:
    """Article claims per section (rows, page order) and topic (columns,
    taxonomy order; topics found in the claims but not in the taxonomy last)."""
    labels = _labels(taxonomy)
    article = claims_df[claims_df["origin"] == "article"]
    sections = list(dict.fromkeys(str(s) for s in article["section_id"]))
    topic_ids = list(labels)
    for cell in article["topics"]:
        topic_ids.extend(t for t in _split(cell) if t not in topic_ids)
    counts = pd.DataFrame(0, index=sections, columns=topic_ids, dtype="int64")
    for section, cell in zip(article["section_id"], article["topics"]):
        for topic in _split(cell):
            counts.loc[str(section), topic] += 1
    counts.index.name = "section_id"
    table = counts.reset_index()
    titles = {}
    if sections_df is not None and len(sections_df):
        titles = dict(zip(sections_df["section_id"].astype(str), sections_df["title"].fillna("").astype(str)))
    table.insert(1, "section_title", [titles.get(s, "") for s in sections])
    return table


def section_topic_heatmap(claims_df: pd.DataFrame, taxonomy: Sequence[Topic] | None = None,
                          sections_df: pd.DataFrame | None = None) -> Figure:
    """Heatmap: how many article claims of each section carry each topic."""
    table = section_topic_counts(claims_df, taxonomy, sections_df)
    labels = _labels(taxonomy)
    topic_ids = [c for c in table.columns if c not in ("section_id", "section_title")]
    table, note = _busiest(table, lambda t: t[topic_ids].sum(axis=1))
    values = table[topic_ids].to_numpy()
    with cjk_style():
        fig = ChartFigure(figsize=(1.0 + 0.75 * max(len(topic_ids), 1), 1.6 + 0.34 * max(len(table), 1)),
                     layout="constrained")
        ax = fig.add_subplot()
        ax.set_title("文章各节的主题(论断数)" + note)
        ax.set_xlabel("topic")
        ax.set_ylabel("section")
        if not len(table):
            return _empty(fig, ax, "no article claims")
        image = ax.imshow(values, aspect="auto", cmap="Blues", vmin=0, vmax=max(int(values.max()), 1))
        ax.set_xticks(range(len(topic_ids)), [labels.get(t, t) for t in topic_ids], rotation=40,
                      ha="right", rotation_mode="anchor")
        rows = [f"{s} {_shorten(t, 14)}".strip() for s, t in zip(table["section_id"], table["section_title"])]
        ax.set_yticks(range(len(rows)), rows)
        threshold = values.max() / 2 if values.size else 0
        for (i, j), value in np.ndenumerate(values):
            if value:
                ax.text(j, i, str(value), ha="center", va="center", fontsize=8,
                        color="white" if value > threshold else "#212121")
        fig.colorbar(image, ax=ax, shrink=0.6, label="claims")
    return fig


# ---------------------------------------------------------------- article vs comments


def topic_share_table(topics_df: pd.DataFrame) -> pd.DataFrame:
    """Share of each topic among the article's and the comments' topic
    assignments (several pages are pooled by their counts)."""
    grouped = topics_df.groupby(["topic", "label"], sort=False)[["article_claims", "comment_claims"]].sum()
    grouped = grouped.reset_index()
    for origin in ("article", "comment"):
        grouped[f"{origin}_share"] = shares(grouped[f"{origin}_claims"].astype(int).tolist())
    return grouped[["topic", "label", "article_claims", "article_share", "comment_claims", "comment_share"]]


def topic_shares(topics_df: pd.DataFrame) -> Figure:
    """Paired bars: each topic's share of the article's claims and of the comments' claims."""
    table = topic_share_table(topics_df)
    with cjk_style():
        fig, ax = _bar_chart(len(table), 0.42, "主题占比:文章 vs 评论", "share of topic assignments", "topic",
                             base=1.2)
        if not len(table):
            return _empty(fig, ax, "no topics")
        y = np.arange(len(table))
        height = 0.38
        ax.barh(y - height / 2, table["article_share"], height, label="article 文章", color=ARTICLE_COLOR)
        ax.barh(y + height / 2, table["comment_share"], height, label="comments 评论", color=COMMENT_COLOR)
        ax.set_yticks(y, table["label"])
        ax.invert_yaxis()
        top = max(float(table[["article_share", "comment_share"]].to_numpy().max()), 0.05)
        ax.set_xlim(0, min(1.0, top * 1.2))
        ax.xaxis.set_major_formatter(lambda value, _: f"{value:.0%}")
        ax.legend(loc="lower right", frameon=False)
    return fig


# ---------------------------------------------------------------- relations per comment


def relation_table(alignments_df: pd.DataFrame) -> pd.DataFrame:
    """Comment claims per comment and relation, from each claim's best
    alignment (lowest rank)."""
    columns = ["comment_id", *RELATIONS]
    if not len(alignments_df):
        return pd.DataFrame(columns=columns)
    frame = alignments_df.sort_values(["comment_claim_id", "rank"], kind="stable")
    best = frame.drop_duplicates("comment_claim_id", keep="first")
    counts = pd.crosstab(best["comment_id"], best["relation"])
    counts = counts.reindex(columns=list(RELATIONS), fill_value=0)
    counts = counts.sort_index(key=lambda ids: pd.to_numeric(ids, errors="coerce"))
    table = counts.reset_index()
    table.columns = columns
    return table


def relation_counts(alignments_df: pd.DataFrame) -> Figure:
    """Stacked bars: for each comment, how its claims relate to the article."""
    table = relation_table(alignments_df)
    table, note = _busiest(table, lambda t: t[list(RELATIONS)].sum(axis=1))
    with cjk_style():
        fig, ax = _bar_chart(len(table), 0.4, "评论论断与文章的关系" + note, "comment claims", "comment")
        if not len(table):
            return _empty(fig, ax, "no comment claims")
        y = np.arange(len(table))
        left = np.zeros(len(table))
        for relation in RELATIONS:
            values = table[relation].to_numpy(dtype=float)
            ax.barh(y, values, left=left, color=RELATION_COLORS[relation], label=relation)
            left += values
        ax.set_yticks(y, [_comment_name(c) for c in table["comment_id"]])
        ax.invert_yaxis()
        ax.xaxis.get_major_locator().set_params(integer=True)
        fig.legend(loc="outside lower center", ncols=len(RELATIONS), frameon=False)
    return fig


# ---------------------------------------------------------------- questions


def question_table(questions_df: pd.DataFrame) -> pd.DataFrame:
    """One row per question, title questions first: its status and how many
    article claims answer it."""
    frame = questions_df.copy()
    frame["status"] = frame["status"].fillna("").astype(str)
    frame["evidence_claims"] = [len(_split(cell)) for cell in frame["evidence"]]
    frame["order"] = (frame["origin"] != "title").astype(int)
    frame = frame.sort_values("order", kind="stable")
    return frame[["question_id", "origin", "comment_id", "question", "status", "evidence_claims"]].reset_index(drop=True)


def question_coverage(questions_df: pd.DataFrame) -> Figure:
    """Bars: for each question of the title (then of the comments), the
    article claims that answer it, coloured by its status."""
    table = question_table(questions_df)
    # The title's questions always stay; comment questions fill the rest.
    table, note = _busiest(table, lambda t: (t["origin"] == "title") * 1e9 + t["evidence_claims"])
    with cjk_style():
        fig, ax = _bar_chart(len(table), 0.42, "标题与评论中的问题:文章是否回答" + note,
                             "article claims answering the question", "question")
        if not len(table):
            return _empty(fig, ax, "no questions")
        y = np.arange(len(table))
        colors = [STATUS_COLORS.get(s, STATUS_COLORS[""]) for s in table["status"]]
        ax.barh(y, table["evidence_claims"], color=colors)
        top = max(int(table["evidence_claims"].max()), 1)
        for row, (count, status) in enumerate(zip(table["evidence_claims"], table["status"])):
            ax.text(count + top * 0.02, row, status or "not assessed", va="center", fontsize=8,
                    color=STATUS_COLORS.get(status, STATUS_COLORS[""]))
        names = [
            ("标题" if origin == "title" else _comment_name(cid)) + ": " + _shorten(q)
            for origin, cid, q in zip(table["origin"], table["comment_id"], table["question"])
        ]
        ax.set_yticks(y, names)
        ax.invert_yaxis()
        ax.set_xlim(0, top * 1.3)
        ax.xaxis.get_major_locator().set_params(integer=True)
    return fig


# ---------------------------------------------------------------- saving


def save_figure(fig: Figure, table: pd.DataFrame, folder: str | Path, name: str) -> list[Path]:
    """Write ``name.png`` and the table behind it as ``name.csv``; same input, same bytes."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    png, csv = folder / f"{name}.png", folder / f"{name}.csv"
    with cjk_style():
        fig.savefig(png, format="png", metadata=PNG_METADATA)
    write_csv(table, csv)
    return [png, csv]


@dataclass(frozen=True)
class Chart:
    name: str
    source: str                                       # the table it is drawn from
    data: Callable[..., pd.DataFrame]
    draw: Callable[..., Figure]
    with_sections: bool = False


CHARTS = (
    Chart("section_topics", "claims", section_topic_counts, section_topic_heatmap, with_sections=True),
    Chart("topic_shares", "topics", topic_share_table, topic_shares),
    Chart("relation_counts", "alignments", relation_table, relation_counts),
    Chart("question_coverage", "questions", question_table, question_coverage),
)


def write_figures(tables: dict[str, pd.DataFrame], folder: str | Path) -> list[Path]:
    """Every chart whose table is among ``tables`` (one page's tables), as PNG + CSV in ``folder``."""
    written: list[Path] = []
    for chart in CHARTS:
        source = tables.get(chart.source)
        if source is None:
            continue
        extra = {"sections_df": tables.get("sections")} if chart.with_sections else {}
        figure = chart.draw(source, **extra)
        written.extend(save_figure(figure, chart.data(source, **extra), folder, chart.name))
    return written
