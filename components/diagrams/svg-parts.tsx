import type { ReactNode } from "react";

/**
 * Shared building blocks for the course diagrams: an accessible SVG frame,
 * boxes, dashed regions and arrows. Colours come from the theme's CSS
 * variables so every diagram follows the light and dark themes.
 */

type DiagramFrameProps = {
  id: string;
  title: string;
  desc: string;
  width: number;
  height: number;
  children: ReactNode;
};

export function DiagramFrame({ id, title, desc, width, height, children }: DiagramFrameProps) {
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      width="100%"
      style={{ display: "block", maxWidth: width, height: "auto", margin: "1.5rem auto", color: "var(--fg)", fontFamily: "var(--font)" }}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      <defs>
        <marker id={`${id}-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill="currentColor" />
        </marker>
        <marker id={`${id}-arrow-accent`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill="var(--accent)" />
        </marker>
      </defs>
      {children}
    </svg>
  );
}

export type Tone = "default" | "accent" | "muted" | "active";

type BoxProps = {
  x: number;
  y: number;
  w: number;
  h: number;
  label: string;
  sub?: string | string[];
  tone?: Tone;
  fontSize?: number;
};

export function Box({ x, y, w, h, label, sub, tone = "default", fontSize = 14 }: BoxProps) {
  const subs = sub === undefined ? [] : Array.isArray(sub) ? sub : [sub];
  const lineHeight = fontSize * 1.05;
  const total = 1 + subs.length;
  const firstY = y + h / 2 - ((total - 1) * lineHeight) / 2;
  const stroke = tone === "accent" || tone === "active" ? "var(--accent)" : "var(--border)";
  const strokeWidth = tone === "active" ? 3 : tone === "accent" ? 2 : 1.5;
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} rx={8} fill="var(--bg-soft)" stroke={stroke} strokeWidth={strokeWidth} />
      {tone === "active" ? <rect x={x} y={y} width={w} height={h} rx={8} fill="var(--accent)" fillOpacity={0.16} /> : null}
      <text x={x + w / 2} y={firstY} textAnchor="middle" dominantBaseline="middle" fontSize={fontSize} fontWeight={600} fill="currentColor">
        {label}
      </text>
      {subs.map((line, i) => (
        <text
          key={`${i}-${line}`}
          x={x + w / 2}
          y={firstY + (i + 1) * lineHeight}
          textAnchor="middle"
          dominantBaseline="middle"
          fontSize={fontSize * 0.8}
          fill="currentColor"
          opacity={tone === "muted" ? 0.7 : 0.85}
        >
          {line}
        </text>
      ))}
    </g>
  );
}

type RegionProps = { x: number; y: number; w: number; h: number; label: string; accent?: boolean };

export function Region({ x, y, w, h, label, accent = false }: RegionProps) {
  return (
    <g>
      <rect
        x={x}
        y={y}
        width={w}
        height={h}
        rx={12}
        fill="none"
        stroke={accent ? "var(--accent)" : "var(--border)"}
        strokeWidth={1.5}
        strokeDasharray="6 4"
      />
      <text x={x + 12} y={y + 20} fontSize={13} fontWeight={700} fill="currentColor">
        {label}
      </text>
    </g>
  );
}

type ArrowProps = {
  id: string;
  from: [number, number];
  to: [number, number];
  label?: string;
  labelOffset?: [number, number];
  accent?: boolean;
  dashed?: boolean;
  both?: boolean;
};

export function Arrow({ id, from, to, label, labelOffset = [0, -8], accent = false, dashed = false, both = false }: ArrowProps) {
  const marker = `url(#${id}-arrow${accent ? "-accent" : ""})`;
  const mx = (from[0] + to[0]) / 2 + labelOffset[0];
  const my = (from[1] + to[1]) / 2 + labelOffset[1];
  return (
    <g>
      <line
        x1={from[0]}
        y1={from[1]}
        x2={to[0]}
        y2={to[1]}
        stroke={accent ? "var(--accent)" : "currentColor"}
        strokeWidth={accent ? 2.5 : 1.5}
        strokeDasharray={dashed ? "5 4" : undefined}
        markerEnd={marker}
        markerStart={both ? marker : undefined}
      />
      {label ? (
        <text x={mx} y={my} textAnchor="middle" fontSize={11.5} fill="currentColor">
          {label}
        </text>
      ) : null}
    </g>
  );
}

type LabelProps = { x: number; y: number; children: ReactNode; size?: number; anchor?: "start" | "middle" | "end"; bold?: boolean; muted?: boolean };

export function Label({ x, y, children, size = 12, anchor = "start", bold = false, muted = false }: LabelProps) {
  return (
    <text x={x} y={y} fontSize={size} textAnchor={anchor} fontWeight={bold ? 700 : 400} fill="currentColor" opacity={muted ? 0.75 : 1}>
      {children}
    </text>
  );
}
