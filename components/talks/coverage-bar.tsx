// Moved to components/ui/coverage-bar.tsx. Kept only for components/pulse/rate.tsx,
// whose owner switches the import; delete this file then.
export { CoverageBar } from "@/components/ui/coverage-bar";
